import TrainingModel
public import TrainingStore

extension WhatIfAnswer {
    /// Reasons listed one by one; the rest counted, as on the command line.
    public static let reasonsShown = 12

    /// `report` as people read it, its sentences left to be worded in the reader's language.
    public init(_ report: InductionWhatIfReport) {
        let plan = report.plan
        self.init(
            heading: plan.heading, placed: plan.placedTally, leftOut: Self.leftOutLines(plan.leftOut),
            suggestions: report.suggestions.map { suggestion in
                var modules: [ModuleNeed] = []
                if case .lecturers(let needs) = suggestion.change {
                    modules = needs.modules.map {
                        ModuleNeed(
                            module: $0.module, halfDays: $0.halfDays, lecturers: $0.lecturers, months: $0.months,
                            provinces: $0.provinces)
                    }
                }
                return Suggestion(explanation: suggestion.explanation, modules: modules)
            },
            trials: report.trials)
    }

    /// Who is left out, a line per kind of reason (``InductionReport/leftOutLines(_:listing:)``), worded for a
    /// page: the command line's lines name commands.
    public static func leftOutLines(_ groups: [InductionReport.LeftOut]) -> [Message] {
        InductionReport.leftOutLines(groups, listing: reasonsShown).map { line in
            switch line {
            case .provinces("no-venue", let delegates, let provinces):
                "\(number: delegates) — \(number: provinces.count) provinces have no venue "
                    + "(\(provinces.joined(separator: ", ")))"
            case .provinces(_, let delegates, let provinces):
                "\(number: delegates) — \(number: provinces.count) provinces have no venue with a room "
                    + "(\(provinces.joined(separator: ", ")))"
            case .group(let delegates, let reason): "\(number: delegates) — \(reason)"
            case .moreClasses(let delegates, let classes):
                "\(number: delegates) — in \(number: classes) more classes that cannot be scheduled"
            }
        }
    }
}
