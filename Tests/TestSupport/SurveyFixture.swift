import Foundation
import PostgresInfrastructure
import PostgresNIO
import TrainingModel
import TrainingStore

/// A world for the surveys, on ``ReferenceData``: program CT-B (modules B01, B02), lecturers GV01 Trần Thị Hoa (B01)
/// and GV02 Lê Văn Minh (B02), and one class per entry of `classes`, each with its delegates seated (their provinces
/// as given, codes `<class>-<n>`), a session of B01 on the morning and one of B02 on the afternoon of `day`
/// (local time, the last ending at 17:00), the second class in code order a day later, and so on. The catalog's surveys are imported through the catalog store:
/// DG after each class of CT-B (open 14 days: likert `noi-dung`, single `thoi-luong` (ngan/vua/dai), multiple
/// `hinh-thuc` (giang/thao-luan/mo-phong), optional text `gop-y`), DGM after each module (open 7 days: likert
/// `huu-ich`), and NC, the needs survey of the term from 2026-04-01 to 2026-05-15 (topics B01/B02, months
/// 2026-06/2026-07, optional text `de-xuat`).
public struct SurveyFixture: Sendable {
    /// Delegate ids by code.
    public var delegates: [String: Int]

    public static let surveys: [Survey] = [
        Survey(
            code: "DG", title: "Phiếu đánh giá kết thúc lớp", kind: .afterClass, programs: ["CT-B"], openDays: 14,
            questions: [
                SurveyQuestion(code: "noi-dung", text: "Nội dung sát với nhiệm vụ", kind: .likert),
                SurveyQuestion(
                    code: "thoi-luong", text: "Thời lượng", kind: .single,
                    choices: [
                        .init(code: "ngan", text: "Còn ngắn"), .init(code: "vua", text: "Vừa đủ"),
                        .init(code: "dai", text: "Còn dài"),
                    ]),
                SurveyQuestion(
                    code: "hinh-thuc", text: "Hình thức hiệu quả", kind: .multiple,
                    choices: [
                        .init(code: "giang", text: "Nghe giảng"), .init(code: "thao-luan", text: "Thảo luận"),
                        .init(code: "mo-phong", text: "Mô phỏng kỳ họp"),
                    ]),
                SurveyQuestion(code: "gop-y", text: "Góp ý khác", kind: .text, required: false),
            ]),
        Survey(
            code: "DGM", title: "Phiếu đánh giá chuyên đề", kind: .afterModule, programs: ["CT-B"], openDays: 7,
            questions: [SurveyQuestion(code: "huu-ich", text: "Chuyên đề hữu ích", kind: .likert)]),
        Survey(
            code: "NC", title: "Khảo sát nhu cầu bồi dưỡng", kind: .needs, termCode: "2026-2031",
            opensOn: CalendarDate(year: 2026, month: 4, day: 1), closesOn: CalendarDate(year: 2026, month: 5, day: 15),
            questions: [
                SurveyQuestion(
                    code: "chuyen-de", text: "Chuyên đề cần bồi dưỡng", kind: .multiple,
                    choices: [
                        .init(code: "B01", text: "Tình hình kinh tế - xã hội"),
                        .init(code: "B02", text: "Chính quyền địa phương hai cấp"),
                    ], demand: .topic),
                SurveyQuestion(
                    code: "thang", text: "Tháng thuận lợi", kind: .multiple,
                    choices: [.init(code: "2026-06", text: "Tháng 6"), .init(code: "2026-07", text: "Tháng 7")],
                    demand: .month),
                SurveyQuestion(code: "de-xuat", text: "Đề xuất khác", kind: .text, required: false),
            ]),
    ]

    /// Builds the world in `database` (as its owner): `classes` maps each class code to its delegates' provinces.
    public static func insert(
        into database: Database, classes: [String: [String]], day: String = "2026-05-04"
    ) async throws -> SurveyFixture {
        let logger = TestCluster.logger
        func run(_ query: PostgresQuery) async throws -> Int? {
            try await database.client.query(query, logger: logger).collect().first?.decode(Int.self)
        }
        _ = try await run(
            "INSERT INTO curricula (code, term_code, title) VALUES ('CT-B', '2026-2031', 'Bồi dưỡng đại biểu HĐND')")
        _ = try await run(
            """
            INSERT INTO modules (code, curriculum_code, position, title, half_day_sessions)
            VALUES ('B01', 'CT-B', 1, 'Tình hình kinh tế - xã hội', 1),
                   ('B02', 'CT-B', 2, 'Chính quyền địa phương hai cấp', 1)
            """)
        var lecturers: [String: Int] = [:]
        for (code, module, name) in [("GV01", "B01", "Trần Thị Hoa"), ("GV02", "B02", "Lê Văn Minh")] {
            lecturers[module] = try await run(
                """
                INSERT INTO lecturers (code, full_name, name_sort_key)
                VALUES (\(code), \(name), \(VietnameseName(name).sortKey)) RETURNING id
                """)
        }
        var bodies: [String: Int] = [:]
        var delegates: [String: Int] = [:]
        for (offset, (classCode, provinces)) in classes.sorted(by: { $0.key < $1.key }).enumerated() {
            // A lecturer teaches one class at a time: each class a day after the one before.
            let day = try await database.client.query(
                "SELECT (\(day)::date + \(offset)::integer)::text", logger: logger
            ).collect().first!.decode(String.self)
            let classID = try await run(
                """
                INSERT INTO classes (code, curriculum_code, online, capacity, starts_on, ends_on)
                VALUES (\(classCode), 'CT-B', true, 500, \(day)::date, \(day)::date) RETURNING id
                """)!
            let cohort = try await run("INSERT INTO cohorts (class_id, code) VALUES (\(classID), 'N1') RETURNING id")!
            for (module, hours) in [("B01", ("08:00", "11:30")), ("B02", ("13:30", "17:00"))] {
                let session = try await run(
                    """
                    INSERT INTO sessions (class_id, cohort_id, module_code, during, status)
                    VALUES (\(classID), \(cohort), \(module),
                            tstzrange((\(day) || ' ' || \(hours.0))::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh',
                                      (\(day) || ' ' || \(hours.1))::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh', '[)'),
                            'held')
                    RETURNING id
                    """)!
                _ = try await run(
                    "INSERT INTO session_lecturers (session_id, lecturer_id) VALUES (\(session), \(lecturers[module]!))"
                )
            }
            for (index, province) in provinces.enumerated() {
                if bodies[province] == nil {
                    bodies[province] = try await run(
                        """
                        INSERT INTO bodies (kind, province_code, name)
                        VALUES ('province_council', \(province), 'HĐND ' || \(province)) RETURNING id
                        """)
                }
                let code = "\(classCode)-\(index + 1)"
                let name = "Nguyễn Văn \(classCode) \(index + 1)"
                let id = try await run(
                    """
                    INSERT INTO delegates (code, full_name, name_sort_key, body_id, province_code, term_code, first_time)
                    VALUES (\(code), \(name), \(VietnameseName(name).sortKey), \(bodies[province]!), \(province),
                            '2026-2031', true)
                    RETURNING id
                    """)!
                delegates[code] = id
                _ = try await run(
                    """
                    INSERT INTO enrollments (class_id, cohort_id, delegate_id, status)
                    VALUES (\(classID), \(cohort), \(id), 'enrolled')
                    """)
            }
        }
        let catalog = Catalog(kinds: [.surveys], surveys: surveys)
        _ = try await database.transaction(dryRun: false) { transaction in
            try await database.catalog.importCatalog(catalog, force: false, dryRun: false, in: transaction)
        }
        return SurveyFixture(delegates: delegates)
    }

    /// An instant given as local time in Vietnam, `2026-05-10 09:00`.
    public static func at(_ local: String) -> Date {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "Asia/Ho_Chi_Minh")
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        return formatter.date(from: local)!
    }
}
