import TrainingModel
import TrainingStore

/// One class in a console list.
struct ClassRow: Sendable {
    let code: String
    let program: String
    let venue: String
    let dates: String
    let seats: String
    let waitlisted: String
    let status: String

    init(_ summary: ClassSummary, in language: Language) {
        code = summary.code
        program = summary.program
        venue = summary.online ? ConsoleWords.online(in: language) : summary.venue ?? "—"
        dates = "\(ConsoleWords.day(summary.startsOn)) – \(ConsoleWords.day(summary.endsOn))"
        seats = "\(VietnameseNumber.text(Double(summary.enrolled)))/\(VietnameseNumber.text(Double(summary.capacity)))"
        waitlisted = VietnameseNumber.text(Double(summary.waitlisted))
        status = ConsoleWords.classStatus(summary.status, in: language)
    }

    /// The classes the account may read (a lecturer: those they teach), of a program and a status when given.
    static func visible(to access: Access, program: String? = nil, status: String? = nil) async throws
        -> [ClassSummary]
    {
        let classes = try await access.database.classes.classes(program: program, status: status)
        guard !access.account.seesEverything else { return classes }
        let visible = Set(try await access.database.accounts.visibleClassCodes(to: access.account))
        return classes.filter { visible.contains($0.code) }
    }
}

extension ClassRow: TemplateFields {
    nonisolated(unsafe) static let templateFields: [String: PartialKeyPath<Self>] = [
        "code": \.code, "program": \.program, "venue": \.venue, "dates": \.dates, "seats": \.seats,
        "waitlisted": \.waitlisted, "status": \.status,
    ]
}
