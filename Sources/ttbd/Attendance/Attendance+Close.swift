import ArgumentParser
import TrainingModel
import TrainingStore

extension TTBD.Attendance {
    struct Close: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "close",
            abstract: inLanguage(
                en: "Close a session: its unmarked delegates become absent and the session counts as held.",
                vi: """
                    Khóa sổ điểm danh một buổi học: đại biểu chưa được điểm danh được ghi vắng và buổi học được tính \
                    là đã học.
                    """),
            discussion: inLanguage(
                en: "Closing again changes nothing.",
                vi: "Khóa sổ lại lần nữa không thay đổi gì."))

        @OptionGroup var database: DatabaseOptions

        @Argument(help: .inLanguage(en: "The session's id.", vi: "Số hiệu (id) của buổi học."))
        var session: Int

        @Option(help: .inLanguage(en: "text or json.", vi: "text (văn bản) hoặc json."))
        var format: OutputFormat = .text

        func run() async throws {
            let session = session
            let closing = try await database.withOperations { try await $0.closeSession(session) }
            switch format {
            case .json: try OutputFormat.printJSON(closing)
            case .text:
                let counts: Message =
                    "\(number: closing.markedAbsent) marked absent, \(number: closing.alreadyMarked) already marked"
                print(
                    localized(
                        closing.wasHeld
                            ? "Closed \(closing.session.labelWording): \(counts); the session was already held."
                            : "Closed \(closing.session.labelWording): \(counts); the session is now held."))
            }
        }
    }
}
