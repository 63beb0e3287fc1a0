import ArgumentParser

/// A help text in the language of this run. Help is written in both languages where it is given, beside the
/// option it explains, so a translation cannot drift from its English or go missing.
func inLanguage(en english: String, vi vietnamese: String) -> String {
    TTBD.language == .vietnamese ? vietnamese : english
}

extension ArgumentHelp {
    /// An option's or argument's help in the language of this run; `valueName` is what the usage line shows
    /// for its value and stays as written (a format such as `YYYY-MM-DD`, or a name).
    static func inLanguage(
        en english: String, vi vietnamese: String, discussion: (en: String, vi: String)? = nil,
        valueName: String? = nil, visibility: ArgumentVisibility = .default
    ) -> ArgumentHelp {
        ArgumentHelp(
            ttbd.inLanguage(en: english, vi: vietnamese),
            discussion: discussion.map { ttbd.inLanguage(en: $0.en, vi: $0.vi) }, valueName: valueName,
            visibility: visibility)
    }
}
