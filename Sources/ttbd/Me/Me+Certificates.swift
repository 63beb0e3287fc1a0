import ArgumentParser
import Spreadsheets
import TrainingModel

extension TTBD.Me {
    /// `ttbd me certificates`: the delegate's certificates, with the class and program each one is for.
    struct Certificates: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "certificates",
            abstract: inLanguage(en: "List your certificates.", vi: "Liệt kê các giấy chứng nhận của bạn."))

        @OptionGroup var service: ServiceOptions

        @OptionGroup var output: ListOutput

        func run() async throws {
            try await service.printList(
                "/v1/me/certificates", output: output, columns: Self.columns, title: "Giấy chứng nhận của tôi",
                noun: "certificate")
        }

        /// The staff list's number, date and validity, with the class and program instead of the delegate.
        static let columns: [ListColumn<CertificateRecord>] = {
            let staff = Dictionary(uniqueKeysWithValues: TTBD.Certificates.List.columns.map { ($0.csvName, $0) })
            return [
                staff["number"]!,
                ListColumn("Lớp", csv: "class") { $0.classCode },
                ListColumn("Chương trình", csv: "program") { "\($0.programCode) \($0.programTitle)" },
                staff["issued_on"]!, staff["valid"]!,
            ]
        }()
    }
}
