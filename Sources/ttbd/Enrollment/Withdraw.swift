import ArgumentParser
import TrainingModel
import TrainingOperations
import TrainingStore

extension TTBD {
    /// `ttbd withdraw`: delegates leave a class; the first wait-listed take the seats.
    struct Withdraw: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "withdraw",
            abstract: inLanguage(
                en: "Withdraw delegates from a class; each freed seat goes to the first wait-listed delegate.",
                vi: "Rút đại biểu khỏi một lớp; mỗi chỗ trống được chuyển cho đại biểu đứng đầu danh sách chờ."),
            discussion: inLanguage(
                en: """
                    Named delegates (arguments or --from-file) are withdrawn all or nothing: if any is not in the \
                    class, each such one is listed and nobody is withdrawn (exit 65). --where withdraws everyone in \
                    the class who matches.
                    """,
                vi: """
                    Đại biểu nêu tên (tham số hoặc --from-file) được rút tất cả hoặc không ai: nếu có đại biểu không ở \
                    trong lớp thì từng người như vậy được liệt kê và không ai bị rút (mã thoát 65). --where rút mọi \
                    đại biểu trong lớp khớp điều kiện.
                    """))

        @OptionGroup var database: DatabaseOptions

        @Argument(help: .inLanguage(en: "The class's code.", vi: "Mã lớp."))
        var classCode: String

        @OptionGroup var delegates: DelegateSelection

        @Option(help: .inLanguage(en: "text or json.", vi: "text (văn bản) hoặc json."))
        var format: OutputFormat = .text

        func run() async throws {
            let criteria = try delegates.parsedCriteria()
            let withdrawals = try await delegates.readingRoster { roster in
                try await database.withOperations { [classCode, delegates] in
                    if let criteria { return try await $0.withdraw(classCode: classCode, matching: criteria) }
                    return try await $0.withdraw(classCode: classCode, delegateCodes: delegates.codes, roster: roster)
                }
            }
            switch format {
            case .json: try OutputFormat.printJSON(withdrawals)
            case .text:
                for withdrawal in withdrawals {
                    print(
                        localized(
                            "\(withdrawal.delegateCode) \(withdrawal.fullName): withdrawn from \(withdrawal.classCode) (was \(withdrawal.previousStatus.wording))."
                        ))
                    if let promoted = withdrawal.promoted {
                        print(localized("\(promoted.wording), from the wait list."))
                    }
                }
                if withdrawals.isEmpty { print(localized("Nobody in \(classCode) matches; nothing was written.")) }
            }
        }
    }
}
