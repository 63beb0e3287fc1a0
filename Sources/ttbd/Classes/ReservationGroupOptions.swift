import ArgumentParser
import TrainingModel

/// Whom a reservation is for: `--province CODE` or `--body KIND`, exactly one.
struct ReservationGroupOptions: ParsableArguments {
    @Option(
        help: .inLanguage(
            en: "For the delegates of this province, e.g. 01.", vi: "Dành cho đại biểu của tỉnh này, ví dụ 01."))
    var province: String?

    @Option(
        help: .inLanguage(
            en: "For the delegates of every body of this kind: national_assembly, province_council or commune_council.",
            vi: """
                Dành cho đại biểu của mọi cơ quan thuộc loại này: national_assembly (Quốc hội), province_council \
                (HĐND tỉnh) hoặc commune_council (HĐND xã).
                """))
    var body: Delegate.BodyKind?

    func validate() throws {
        _ = try group()
    }

    /// The group the options name, or the usage error that says what is wrong with them.
    func group() throws -> SeatReservation.Group {
        switch (province, body) {
        case (let code?, nil):
            if let problem = UnitCode.provinceProblem(code) {
                throw ValidationError(localized("--province \(problem)"))
            }
            return .province(code)
        case (nil, let kind?): return .body(kind)
        default: throw ValidationError(localized("give either --province CODE or --body KIND"))
        }
    }
}
