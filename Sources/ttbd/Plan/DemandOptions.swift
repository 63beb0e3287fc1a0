import ArgumentParser
import Foundation
import TrainingModel
import TrainingOperations
import TrainingPlanner

/// `--demand SURVEY` and `--demand-weight N` of the planning commands: a needs survey's released demand as the
/// months each module should meet in.
struct DemandOptions: ParsableArguments {
    @Option(
        name: .customLong("demand"),
        help: .inLanguage(
            en: """
                A needs survey whose released demand (by topic, province and month) the plan should follow: a module \
                the delegates of a class's province asked for earlier goes earlier.
                """,
            vi: """
                Khảo sát nhu cầu có số liệu đã công bố (theo chuyên đề, tỉnh và tháng) mà lịch cần theo: chuyên đề được \
                đại biểu của tỉnh nơi mở lớp đề nghị học sớm hơn thì xếp sớm hơn.
                """,
            valueName: "SURVEY"))
    var survey: String?

    @Option(
        name: .customLong("demand-weight"),
        help: .inLanguage(
            en: "What one request for an earlier month weighs, in half-days of lateness.",
            vi: "Trọng số của mỗi lượt đề nghị học vào tháng sớm hơn, tính bằng số buổi xếp muộn.",
            valueName: "N"))
    var weight: Int = 1

    func validate() throws {
        guard weight >= 1 else { throw ValidationError(localized("--demand-weight must be at least 1")) }
        if survey == nil, weight != 1 { throw ValidationError(localized("--demand-weight needs --demand")) }
    }

    /// The survey's demand as the planner reads it; none without `--demand`.
    func preferences(from operations: TrainingOperations, at now: Date = Date()) async throws -> MonthPreferences {
        guard let survey else { return MonthPreferences() }
        return try await operations.monthPreferences(fromSurvey: survey, at: now)
    }
}
