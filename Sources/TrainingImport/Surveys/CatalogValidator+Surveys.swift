import TrainingModel

/// The checks of surveys across files: their codes, programs and terms.
extension CatalogValidator {
    mutating func checkSurveys(_ draft: CatalogDraft) {
        checkUnique(draft.surveys.map { ($0.survey.code, $0.code) }, what: "survey code")
        let programs = Set(draft.curricula.map(\.curriculum.code))
        let terms = Set(draft.terms.map(\.term.code))
        for entry in draft.surveys {
            for program in entry.programs where !programs.contains(program.value) {
                report(
                    "unknown program '\(program.value)' of survey \(entry.survey.code); \(known(programs, "programs"))",
                    at: program.location)
            }
            if let term = entry.term, !terms.contains(term.value) {
                report(
                    "unknown term '\(term.value)' of survey \(entry.survey.code); \(known(terms, "terms"))",
                    at: term.location)
            }
            let modules = draft.curricula.filter { $0.curriculum.termCode == entry.survey.termCode }.flatMap(\.modules)
            for question in entry.moduleChoices where modules.isEmpty {
                report(
                    "question \(entry.survey.questions[question.value].code) of survey \(entry.survey.code) takes the "
                        + "modules of term \(entry.survey.termCode ?? ""), but no program of that term has modules",
                    at: question.location)
            }
        }
    }
}
