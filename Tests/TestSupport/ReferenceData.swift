import Foundation
import PostgresInfrastructure
import PostgresNIO
import TrainingImport
import TrainingStore

/// The official provinces and communes (course-catalog/reference/) and the 2026–2031 term, loaded
/// straight into a test database, for tests that need real codes without going through the catalog.
public enum ReferenceData {
    public static let folder = URL(fileURLWithPath: TestCluster.migrationsDirectory).deletingLastPathComponent()
        .appendingPathComponent("course-catalog/reference").path

    public static func load(into database: Database) async throws {
        let provinces = try table("vn_provinces.csv")
        let communes = try table("vn_admin_units.csv")
        let logger = TestCluster.logger
        try await database.client.query(
            """
            INSERT INTO provinces (code, name, kind, codename)
            SELECT * FROM unnest(\(provinces.map { $0[0] })::text[], \(provinces.map { $0[1] })::text[],
                                 \(provinces.map { $0[2] })::text[], \(provinces.map { $0[3] })::text[])
            """, logger: logger)
        try await database.client.query(
            """
            INSERT INTO communes (code, province_code, name, kind)
            SELECT * FROM unnest(\(communes.map { $0[2] })::text[], \(communes.map { $0[0] })::text[],
                                 \(communes.map { $0[3] })::text[], \(communes.map { $0[4] })::text[])
            """, logger: logger)
        try await database.client.query(
            """
            INSERT INTO terms (code, starts_on, ends_on, induction_ends_on)
            VALUES ('2026-2031', '2026-03-15', '2031-03-14', '2026-09-30')
            """, logger: logger)
    }

    private static func table(_ name: String) throws -> [[String]] {
        let path = "\(folder)/\(name)"
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        return try CSVReader(file: path).read(data).rows.map(\.fields)
    }
}
