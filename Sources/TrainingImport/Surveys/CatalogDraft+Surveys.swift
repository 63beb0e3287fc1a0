import TrainingModel

extension CatalogDraft {
    /// A survey as its file wrote it, with the places of the references the checks across files follow.
    struct SurveyEntry: Sendable {
        var survey: Survey
        var code: SourceLocation
        var programs: [Located<String>]
        var term: Located<String>?
        /// The questions written `choices: modules`: their choices are the modules of the survey's term.
        var moduleChoices: [Located<Int>]
    }

    /// The surveys with `choices: modules` filled in from the programs of the survey's term, in catalog order.
    var resolvedSurveys: [Survey] {
        surveys.map { entry in
            var survey = entry.survey
            let modules = curricula.filter { $0.curriculum.termCode == survey.termCode }.flatMap(\.modules)
            for index in entry.moduleChoices {
                survey.questions[index.value].choices = modules.map {
                    SurveyQuestion.Choice(code: $0.module.code, text: $0.module.title)
                }
            }
            return survey
        }
    }
}
