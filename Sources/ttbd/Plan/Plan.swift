import ArgumentParser

extension TTBD {
    /// `ttbd plan …`: planning a whole term at once.
    struct Plan: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "plan",
            abstract: inLanguage(
                en: "Plan a term's training: form, fill and schedule classes.",
                vi: "Lập kế hoạch bồi dưỡng của một nhiệm kỳ: lập lớp, xếp đại biểu vào lớp và xếp lịch."),
            subcommands: [Induction.self]
        )
    }
}
