import Foundation
import PostgresInfrastructure
import PostgresNIO
import TestSupport
import TrainingImport
import TrainingModel
import TrainingOperations
import TrainingStore

/// The shipped terms, provinces and regions imported as staff import them (which makes each province's HĐND), and
/// HĐND delegates: 12 of Hà Nội (01-1…01-12), 2 of Quảng Ninh (22-1, 22-2), both of region DBSH, and 1 of Hồ Chí
/// Minh City (79-1), of region DNB.
enum ConferenceWorld {
    static let catalog = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("course-catalog").path

    static func with(_ body: (TrainingOperations) async throws -> Void) async throws {
        try await TestDatabase.with { database in
            try await database.run { pool in
                let operations = TrainingOperations(database: pool)
                let files = ["terms.yaml", "provinces.yaml", "regions.yaml"].map { "\(catalog)/\($0)" }
                _ = try await operations.importCatalog(try CatalogReader().read(files))
                try await pool.client.query(
                    """
                    INSERT INTO delegates (code, full_name, name_sort_key, body_id, province_code, term_code)
                    SELECT b.province_code || '-' || g, 'Đại biểu ' || b.province_code || ' số ' || g, 'Đại biểu ' || g,
                           b.id, b.province_code, '2026-2031'
                    FROM bodies b
                    CROSS JOIN LATERAL generate_series(1, CASE b.province_code WHEN '01' THEN 12 WHEN '22' THEN 2 ELSE 1 END) g
                    WHERE b.kind = 'province_council' AND b.province_code IN ('01', '22', '79')
                    """, logger: TestCluster.logger)
                try await body(operations)
            }
        }
    }

    /// A conference of region DBSH on `day`, hosted as the rotation says unless `host` is given.
    static func conference(
        _ code: String, on day: String, host: String? = nil, seatsPerBody: Int? = nil
    ) -> NewConference {
        NewConference(
            code: code, title: "Hội nghị Thường trực HĐND vùng Đồng bằng sông Hồng", region: "DBSH",
            hostProvince: host, venue: "Hội trường", startsOn: CalendarDate(parsing: day)!,
            endsOn: CalendarDate(parsing: day)!, seatsPerBody: seatsPerBody)
    }

    static func count(_ database: Database, _ query: PostgresQuery) async throws -> Int {
        try await database.client.query(query, logger: TestCluster.logger).collect().first!.decode(Int.self)
    }

    /// The refusal `body` ends with, or `nil` when it succeeds.
    static func refusal(_ body: () async throws -> some Any) async -> StoreError? {
        do {
            _ = try await body()
            return nil
        } catch {
            return error as? StoreError
        }
    }
}
