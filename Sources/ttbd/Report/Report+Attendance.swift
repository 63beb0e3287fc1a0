import ArgumentParser
import Spreadsheets
import TrainingModel
import TrainingOperations
import TrainingStore

extension TTBD.Report {
    struct Attendance: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "attendance",
            abstract: inLanguage(
                en: "Attendance of a class, delegate by delegate, or of one delegate, session by session.",
                vi: "Kết quả điểm danh của một lớp theo từng đại biểu, hoặc của một đại biểu theo từng buổi học."),
            discussion: inLanguage(
                en: """
                    --class: each seated delegate's held sessions, present, late, excused, absent, unmarked, the \
                    share attended (present or late) and whether they meet the program's completion rule so far, \
                    and a total line. --delegate: every session of the delegate's classes with their mark.
                    """,
                vi: """
                    --class: với mỗi đại biểu có chỗ trong lớp, số buổi đã học, có mặt, đi muộn, vắng có phép, vắng, \
                    chưa điểm danh, tỷ lệ tham dự (có mặt hoặc đi muộn) và đến nay đã đạt điều kiện hoàn thành \
                    của chương trình hay chưa, kèm một dòng tổng cộng. --delegate: mọi buổi học của các lớp của đại \
                    biểu, kèm kết quả điểm danh.
                    """))

        @OptionGroup var database: DatabaseOptions

        @Option(
            name: .customLong("class"),
            help: .inLanguage(en: "The class's code, e.g. B-HN-01.", vi: "Mã lớp, ví dụ B-HN-01."))
        var classCode: String?

        @Option(name: .customLong("delegate"), help: .inLanguage(en: "The delegate's code.", vi: "Mã đại biểu."))
        var delegateCode: String?

        @OptionGroup var output: ListOutput

        func validate() throws {
            if (classCode == nil) == (delegateCode == nil) {
                throw ValidationError(localized("give either --class CODE or --delegate CODE"))
            }
        }

        func run() async throws {
            if let classCode {
                let report = try await database.withDatabase {
                    try await $0.reports.classAttendance(classCode: classCode)
                }
                try output.print(
                    report, lines: report.delegates.map(ClassLine.delegate), total: .total(report.total),
                    columns: Self.classColumns, title: "Chuyên cần của lớp \(classCode)", noun: "delegate")
            } else if let delegateCode {
                let sessions = try await database.withDatabase {
                    try await $0.reports.delegateAttendance(delegateCode: delegateCode)
                }
                try output.print(
                    sessions, columns: Self.sessionColumns, title: "Chuyên cần của đại biểu \(delegateCode)",
                    noun: "session")
            }
        }
    }
}

extension TTBD.Report.Attendance {
    /// A line of the class table: one delegate's, or the class's total.
    enum ClassLine: Encodable {
        case delegate(ClassAttendance.Line)
        case total(ClassAttendance.Total)

        var counts: AttendanceCounts {
            switch self {
            case .delegate(let line): line.counts
            case .total(let total): total.counts
            }
        }

        func encode(to encoder: any Encoder) throws {
            switch self {
            case .delegate(let line): try line.encode(to: encoder)
            case .total(let total): try total.encode(to: encoder)
            }
        }
    }

    static let classColumns: [ListColumn<ClassLine>] = [
        ListColumn("Mã", csv: "code") {
            if case .delegate(let line) = $0 { line.delegateCode } else { "" }
        } csvCell: {
            if case .delegate(let line) = $0 { line.delegateCode } else { "total" }
        },
        ListColumn("Họ và tên", csv: "full_name") {
            switch $0 {
            case .delegate(let line): line.fullName
            case .total(let total): localized("Total (\(number: total.delegates) delegates)")
            }
        },
        ListColumn("Nhóm", csv: "cohort") {
            if case .delegate(let line) = $0 { line.cohort ?? "" } else { "" }
        },
        ListColumn("Buổi đã học", csv: "held", as: .number) { String($0.counts.held) },
        ListColumn("Có mặt", csv: "present", as: .number) { String($0.counts.present) },
        ListColumn("Muộn", csv: "late", as: .number) { String($0.counts.late) },
        ListColumn("Có phép", csv: "excused", as: .number) { String($0.counts.excused) },
        ListColumn("Vắng", csv: "absent", as: .number) { String($0.counts.absent) },
        ListColumn("Chưa điểm danh", csv: "unmarked", as: .number) { String($0.counts.unmarked) },
        ListColumn("Tham dự", csv: "attended", as: .number) { String($0.counts.attended) },
        ListColumn("Tỷ lệ", csv: "attended_share", as: .percent, { $0.counts.attendedShare.missingShareText }) {
            $0.counts.attendedShare.fractionText
        },
        ListColumn(
            "Đạt", csv: "meets_completion_rule",
            {
                switch $0 {
                case .delegate(let line): line.meetsCompletionRule ? "x" : ""
                case .total(let total): String(total.meetingCompletionRule)
                }
            },
            csvCell: {
                switch $0 {
                case .delegate(let line): String(line.meetsCompletionRule)
                case .total(let total): String(total.meetingCompletionRule)
                }
            }),
    ]

    static let sessionColumns: [ListColumn<SessionAttendance>] = [
        ListColumn("Lớp", csv: "class") { $0.classCode },
        ListColumn("Ngày", csv: "date", as: .date) { $0.date.description },
        ListColumn("Buổi", csv: "half_day", { $0.halfDay.vietnamese }, csvCell: { $0.halfDay.rawValue }),
        ListColumn("Giờ", csv: "time") { "\($0.starts)–\($0.ends)" },
        ListColumn("Chuyên đề", csv: "module") { $0.moduleCode },
        ListColumn(
            "Trạng thái", csv: "status", { markLabel($0) },
            csvCell: { $0.attendance?.rawValue ?? ($0.sessionStatus == .held ? "unmarked" : "planned") }),
    ]

    /// How the delegate was marked, in the words of the attendance sheet; a session not held yet, or held
    /// with no mark, says so.
    static func markLabel(_ session: SessionAttendance) -> String {
        session.attendance?.vietnamese ?? (session.sessionStatus == .held ? "chưa điểm danh" : "chưa học")
    }
}
