import ArgumentParser
import Foundation
import TrainingModel
import TrainingOperations
import TrainingStore

extension TTBD.Surveys {
    /// `ttbd surveys demand SURVEY`: how many delegates of each province chose each topic and each month.
    struct Demand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "demand",
            abstract: inLanguage(
                en: "A needs survey's demand by topic, province and month, once it has closed.",
                vi: "Nhu cầu bồi dưỡng theo chuyên đề, tỉnh và tháng của một khảo sát nhu cầu đã đóng."))

        @OptionGroup var database: DatabaseOptions

        @Argument(
            help: .inLanguage(en: "The needs survey's code, e.g. NC-2026.", vi: "Mã khảo sát nhu cầu, ví dụ NC-2026."))
        var survey: String

        @OptionGroup var minimum: MinimumGroupOption

        @OptionGroup var output: ListOutput

        func run() async throws {
            let demand = try await database.withDatabase { database in
                let survey = try await database.surveys.survey(code: survey)
                let answers = try await database.surveys.releasedAnswers(
                    survey: survey.code, byProvince: true, minimumGroup: minimum.minimumGroup, at: Date())
                return SurveyDemand(
                    survey: survey, minimumGroup: minimum.minimumGroup, answers: answers,
                    provinceNames: try await database.surveys.provinceNames())
            }
            guard let demand else {
                throw ValidationError(
                    localized(
                        "survey \(survey) asks no topic and month questions (demand: topic, demand: month), so it shows no demand"
                    ))
            }
            try output.print(
                demand, lines: demand.rows, total: demand.totalRow(in: TTBD.language), columns: SurveyDemand.columns,
                title: "Nhu cầu bồi dưỡng \(demand.surveyCode)", noun: "line")
        }
    }
}
