import ArgumentParser
import TrainingModel

/// The filters `delegates list` and `candidates list` share: a person is found alike on either roster.
struct PersonFilterOptions: ParsableArguments {
    @Option(
        help: .inLanguage(
            en: "Part of the name, with or without accents.",
            vi: "Một phần của họ tên, có dấu hoặc không dấu."))
    var search: String?

    @Option(help: .inLanguage(en: "Province code, e.g. 01.", vi: "Mã tỉnh, ví dụ 01."))
    var province: String?

    @Option(
        help: .inLanguage(
            en: "The body: national_assembly, province_council or commune_council.",
            vi: "Cơ quan: national_assembly (Quốc hội), province_council (HĐND tỉnh) hoặc commune_council (HĐND xã)."))
    var body: Delegate.BodyKind?

    @Option(help: .inLanguage(en: "Term, e.g. 2026-2031.", vi: "Nhiệm kỳ, ví dụ 2026-2031."))
    var term: String?

    func validate() throws {
        if let province, let problem = UnitCode.provinceProblem(province) {
            throw ValidationError(localized("--province \(problem)"))
        }
    }

    var delegateFilter: DelegateFilter {
        DelegateFilter(search: search, provinceCode: province, body: body, term: term)
    }
}
