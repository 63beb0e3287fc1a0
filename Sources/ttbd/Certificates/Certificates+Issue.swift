import ArgumentParser
import TrainingModel
import TrainingStore

extension TTBD.Certificates {
    struct Issue: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "issue",
            abstract: inLanguage(
                en: "Issue certificates to the delegates of a class who complete it, once per delegate.",
                vi: "Cấp giấy chứng nhận cho các đại biểu hoàn thành lớp, mỗi đại biểu một lần."),
            discussion: inLanguage(
                en: """
                    The program's rule decides (share of held sessions attended, required modules). Those who complete \
                    get a numbered certificate (GCN-<year>-<serial>) and their enrollment is completed; those who do \
                    not are listed with why. Running it again issues nothing new.
                    """,
                vi: """
                    Quy định của chương trình quyết định (tỷ lệ số buổi đã học mà đại biểu tham dự, các chuyên đề bắt \
                    buộc). Đại biểu hoàn thành được cấp giấy chứng nhận có số (GCN-<year>-<serial>) và việc ghi danh \
                    được ghi là đã hoàn thành; đại biểu chưa hoàn thành được liệt kê kèm lý do. Chạy lại không cấp \
                    thêm giấy nào.
                    """))

        @OptionGroup var database: DatabaseOptions

        @Argument(help: .inLanguage(en: "The class's code.", vi: "Mã lớp."))
        var classCode: String

        @Flag(
            help: .inLanguage(
                en: "Say who would get a certificate, and write nothing.",
                vi: "Chạy thử: cho biết ai sẽ được cấp giấy chứng nhận, không ghi gì."))
        var dryRun = false

        @Option(help: .inLanguage(en: "text or json.", vi: "text (văn bản) hoặc json."))
        var format: OutputFormat = .text

        func run() async throws {
            let (classCode, dryRun) = (classCode, dryRun)
            let issue = try await database.withOperations {
                try await $0.issueCertificates(classCode: classCode, dryRun: dryRun)
            }
            switch format {
            case .json: try OutputFormat.printJSON(issue)
            case .text: print(Self.summary(of: issue))
            }
        }

        static func summary(of issue: CertificateIssue) -> String {
            var lines: [String] = []
            let count = issue.issued.count
            let code = issue.classCode
            let already: Message = issue.alreadyIssued > 0 ? " (\(number: issue.alreadyIssued) already had one)" : ""
            let headline: Message =
                switch (issue.dryRun, count == 1) {
                case (true, true): "Would issue \(number: count) new certificate for class \(code)\(already)."
                case (true, false): "Would issue \(number: count) new certificates for class \(code)\(already)."
                case (false, true): "Issued \(number: count) new certificate for class \(code)\(already)."
                case (false, false): "Issued \(number: count) new certificates for class \(code)\(already)."
                }
            lines.append(localized(headline))
            for certified in issue.issued {
                lines.append("  \(certified.number ?? "—")  \(certified.delegateCode)  \(certified.fullName)")
            }
            if !issue.notCompleting.isEmpty {
                lines.append(localized("Not completing (\(number: issue.notCompleting.count)):"))
                for shortfall in issue.notCompleting {
                    lines.append("  \(shortfall.delegateCode)  \(shortfall.fullName): \(localized(shortfall.wording))")
                }
            }
            if issue.dryRun { lines.append(localized("Dry run: nothing was written.")) }
            return lines.joined(separator: "\n")
        }
    }
}
