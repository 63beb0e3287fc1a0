import ArgumentParser
import Foundation
import Spreadsheets
import TrainingModel
import TrainingStore

extension TTBD.Surveys {
    /// `ttbd surveys list`: every survey with its rounds open and closed and how many answered.
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: inLanguage(
                en: "List the surveys, their open and closed rounds and how many answered.",
                vi: "Liệt kê các phiếu khảo sát, số đợt đang mở, đã đóng và số người đã trả lời."))

        @OptionGroup var database: DatabaseOptions

        @OptionGroup var output: ListOutput

        func run() async throws {
            let surveys = try await database.withDatabase { try await $0.surveys.summaries(at: Date()) }
            try output.print(surveys, columns: Self.columns, title: "Phiếu khảo sát", noun: "survey")
        }

        static let columns: [ListColumn<SurveySummary>] = [
            ListColumn("Mã", csv: "code") { $0.code },
            ListColumn("Tên phiếu", csv: "title") { $0.title },
            ListColumn("Loại", csv: "kind", { localized($0.kind.wording) }, csvCell: { $0.kind.rawValue }),
            ListColumn("Phạm vi", csv: "scope") { $0.scope },
            ListColumn("Câu hỏi", csv: "questions", as: .number) { String($0.questions) },
            ListColumn("Đợt đang mở", csv: "open_rounds", as: .number) { String($0.openRounds) },
            ListColumn("Đợt đã đóng", csv: "closed_rounds", as: .number) { String($0.closedRounds) },
            ListColumn("Đã trả lời", csv: "respondents", as: .number) { String($0.respondents) },
        ]
    }
}

extension Survey.Kind {
    /// `after each class`, `after each module`, `needs survey`.
    var wording: Message {
        switch self {
        case .afterClass: "after each class"
        case .afterModule: "after each module"
        case .needs: "needs survey"
        }
    }
}
