extension MessageCatalog {
    /// Vietnamese for each English pattern (`%@` the values in turn, `%2$@` by position), gathered from one part
    /// per area; a pattern in two parts stops ttbd at its first message rather than pick one. A pattern missing
    /// here is shown in English: `scripts/test` lists those the test suite met.
    public static let vietnamese: [String: String] = Dictionary(
        uniqueKeysWithValues: [
            trainingInVietnamese, storeInVietnamese, databaseInVietnamese, catalogFilesInVietnamese,
            operationsInVietnamese, commandLineInVietnamese, plannerInVietnamese, surveysInVietnamese,
            whatIfInVietnamese, conferencesInVietnamese, seatsInVietnamese, candidatesInVietnamese,
            learningPlatformsInVietnamese, surveyNoticesInVietnamese, surveyPlanningInVietnamese,
        ].joined().map { ($0.key, $0.value) })
}
