import ArgumentParser
import Spreadsheets
import TrainingModel

extension TTBD.Me {
    /// `ttbd me surveys`: the surveys open to the delegate now, and whether they answered each.
    struct Surveys: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "surveys",
            abstract: inLanguage(
                en: "List the surveys open to you now, and whether you answered them.",
                vi: "Liệt kê các phiếu khảo sát đang mở cho bạn và cho biết bạn đã trả lời hay chưa."))

        @OptionGroup var service: ServiceOptions

        @OptionGroup var output: ListOutput

        func run() async throws {
            try await service.printList(
                "/v1/me/surveys", output: output, columns: Self.columns, title: "Phiếu khảo sát của tôi", noun: "survey"
            )
        }

        static let columns: [ListColumn<SurveyRound>] = [
            ListColumn("Phiếu", csv: "survey") { $0.surveyCode },
            ListColumn("Tên phiếu", csv: "title") { $0.title },
            ListColumn("Lớp", csv: "class") { $0.classCode ?? "" },
            ListColumn("Chuyên đề", csv: "module") { $0.moduleCode ?? "" },
            ListColumn("Hạn trả lời", csv: "closes_on", as: .date) { $0.closesOn.description },
            ListColumn(
                "Đã trả lời", csv: "answered", { localized($0.answered ? "yes" : "not yet") },
                csvCell: { $0.answered ? "true" : "false" }),
        ]
    }
}
