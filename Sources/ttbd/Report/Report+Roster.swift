import ArgumentParser
import Spreadsheets
import TrainingModel
import TrainingStore

extension TTBD.Report {
    struct Roster: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "roster",
            abstract: inLanguage(
                en: "A class's seated and wait-listed delegates, sorted by given name, middle name, family name.",
                vi: "Danh sách đại biểu có chỗ và đang chờ của một lớp, xếp theo tên, tên đệm, rồi đến họ."))

        @OptionGroup var database: DatabaseOptions

        @Argument(help: .inLanguage(en: "The class's code, e.g. B-HN-01.", vi: "Mã lớp, ví dụ B-HN-01."))
        var classCode: String

        @OptionGroup var output: ListOutput

        func run() async throws {
            let entries = try await database.withDatabase { try await $0.reports.roster(classCode: classCode) }
            try output.print(
                entries, columns: Self.columns, title: "Danh sách học viên lớp \(classCode)", noun: "delegate")
        }

        static let columns: [ListColumn<RosterEntry>] = [
            ListColumn("Mã", csv: "code") { $0.delegateCode },
            ListColumn("Họ và tên", csv: "full_name") { $0.fullName },
            ListColumn("Cơ quan", csv: "body", { $0.bodyName }, csvCell: { $0.body.rawValue }),
            ListColumn(
                "Tỉnh", csv: "province_code", { $0.delegation ?? $0.provinceName ?? "" },
                csvCell: { $0.provinceCode ?? "" }),
            ListColumn("Nhóm", csv: "cohort") { $0.cohort ?? "" },
            ListColumn("Trạng thái", csv: "status", { Self.statusLabel($0.status) }, csvCell: { $0.status.rawValue }),
            ListColumn("Thứ tự chờ", csv: "waitlist_position", as: .number) {
                $0.waitlistPosition.map(String.init) ?? ""
            },
        ]

        /// What staff call an enrollment's state.
        static func statusLabel(_ status: EnrollmentStatus) -> String {
            switch status {
            case .enrolled: "đang học"
            case .waitlisted: "chờ chỗ"
            case .completed: "hoàn thành"
            case .withdrawn: "đã rút"
            }
        }
    }
}
