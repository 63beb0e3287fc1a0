import ArgumentParser
import TrainingModel

extension TTBD {
    /// `ttbd surveys …`: the surveys of the catalog and their reports, for staff.
    struct Surveys: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "surveys",
            abstract: inLanguage(
                en: "Evaluations and needs surveys: their rounds, reports and the demand they show.",
                vi: "Phiếu đánh giá và khảo sát nhu cầu: các đợt khảo sát, báo cáo kết quả và nhu cầu bồi dưỡng."),
            subcommands: [List.self, Report.self, Demand.self])
    }
}

/// `--min-group`: the smallest group whose answers a report shows, never below the floor.
struct MinimumGroupOption: ParsableArguments {
    @Option(
        name: .customLong("min-group"),
        help: .inLanguage(
            en: "Show no answers of a group with fewer answers than this (at least 5, the default).",
            vi: "Không hiển thị câu trả lời của nhóm có ít câu trả lời hơn số này (tối thiểu và mặc định là 5).",
            valueName: "N"))
    var minimumGroup: Int = SurveyPrivacy.minimumGroup

    func validate() throws {
        guard minimumGroup >= SurveyPrivacy.minimumGroup else {
            throw ValidationError(
                localized(
                    "--min-group must be at least \(number: SurveyPrivacy.minimumGroup): smaller groups could be told apart by who answered"
                ))
        }
    }
}
