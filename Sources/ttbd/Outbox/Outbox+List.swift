import ArgumentParser
import Spreadsheets
import TrainingModel
import TrainingStore

extension TTBD.Outbox {
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: inLanguage(
                en: "List the notices, newest first, and where each stands.",
                vi: "Liệt kê các thông báo, mới nhất trước, kèm tình trạng của từng thông báo."))

        @OptionGroup var database: DatabaseOptions

        @Flag(help: .inLanguage(en: "Only the notices that failed.", vi: "Chỉ các thông báo gửi lỗi."))
        var failed = false

        @OptionGroup var output: ListOutput

        func run() async throws {
            let failed = failed
            let records = try await database.withDatabase { try await $0.outbox.notices(failed: failed) }
            try output.print(records, columns: Self.columns, title: "Thông báo gửi đại biểu", noun: "notice")
        }

        static let columns: [ListColumn<OutboxRecord>] = [
            ListColumn("Số", csv: "id", as: .identifier) { String($0.id) },
            ListColumn("Loại", csv: "kind") {
                $0.kind == "session_reminder" ? "nhắc lịch" : $0.kind
            } csvCell: {
                $0.kind
            },
            ListColumn("Mã", csv: "delegate_code") { $0.delegateCode },
            ListColumn("Tình trạng", csv: "state") {
                Self.state[$0.state] ?? $0.state.rawValue
            } csvCell: {
                $0.state.rawValue
            },
            ListColumn("Số lần gửi", csv: "attempts", as: .number) { String($0.attempts) },
            ListColumn("Lúc", csv: "at", { $0.at.formatted(.vietnamTime) }, csvCell: { $0.at.ISO8601Format() }),
            ListColumn("Lỗi gần nhất", csv: "last_error") { $0.lastError ?? "" },
        ]

        static let state: [OutboxRecord.State: String] = [
            .pending: "chờ gửi", .delivered: "đã gửi", .failed: "gửi lỗi", .dropped: "bỏ (quá hạn)",
        ]
    }
}
