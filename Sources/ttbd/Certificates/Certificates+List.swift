import ArgumentParser
import Spreadsheets
import TrainingModel
import TrainingStore

extension TTBD.Certificates {
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: inLanguage(
                en: "List the certificates of a class, by number.",
                vi: "Liệt kê giấy chứng nhận của một lớp, xếp theo số."))

        @OptionGroup var database: DatabaseOptions

        @Option(name: .customLong("class"), help: .inLanguage(en: "The class's code.", vi: "Mã lớp."))
        var classCode: String

        @OptionGroup var output: ListOutput

        func run() async throws {
            let classCode = classCode
            let records = try await database.withDatabase {
                try await $0.certificates.certificates(classCode: classCode)
            }
            try output.print(records, columns: Self.columns, title: "Danh sách giấy chứng nhận", noun: "certificate")
        }

        static let columns: [ListColumn<CertificateRecord>] = [
            ListColumn("Số", csv: "number") { $0.number },
            ListColumn("Mã", csv: "delegate_code") { $0.delegateCode },
            ListColumn("Họ và tên", csv: "full_name") { $0.fullName },
            ListColumn("Ngày cấp", csv: "issued_on", as: .date) { $0.issuedOn },
            ListColumn(
                "Tình trạng", csv: "valid", { $0.valid ? "còn hiệu lực" : "đã thu hồi \($0.revokedOn ?? "")" },
                csvCell: { String($0.valid) }),
        ]
    }
}
