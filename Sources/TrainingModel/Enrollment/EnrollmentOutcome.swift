/// What happened to one delegate asked for a class: a seat (and cohort), a place on the wait list, or the
/// rules that refused them.
public struct EnrollmentOutcome: Hashable, Sendable, Encodable, CustomStringConvertible {
    public enum Result: Hashable, Sendable {
        case enrolled(cohort: String?)
        /// From 1, the next to get a seat.
        case waitlisted(position: Int)
        case refused([EnrollmentRefusal])
    }

    public var delegateCode: String
    /// `nil` for a code no delegate has.
    public var fullName: String?
    public var result: Result

    public init(delegateCode: String, fullName: String?, result: Result) {
        self.delegateCode = delegateCode
        self.fullName = fullName
        self.result = result
    }

    /// `0103 Trần Văn Dũng`, or the code alone when no delegate has it.
    public var delegateLabel: String { [delegateCode, fullName].compactMap { $0 }.joined(separator: " ") }

    /// `enrolled (N1)`, `wait-listed (position 3)`, or the reasons of a refusal joined by `; `.
    public var summary: String { summaryWording.description }

    public var summaryWording: Message {
        switch result {
        case .enrolled(let cohort): cohort.map { "enrolled (\($0))" } ?? "enrolled"
        case .waitlisted(let position): "wait-listed (position \(position))"
        case .refused(let refusals): Message.joined(refusals.map(\.wording), separator: "; ")
        }
    }

    /// "0103 Trần Văn Dũng: the program CT-B is for council+first-time; this delegate is …".
    public var description: String { wording.description }

    public var wording: Message { "\(delegateLabel): \(summaryWording)" }

    public var isRefused: Bool {
        if case .refused = result { true } else { false }
    }

    private enum CodingKeys: String, CodingKey {
        case code, fullName, outcome, cohort, position, reasons
    }

    private struct Reason: Encodable {
        var reason: EnrollmentRefusal.Reason
        var message: String
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(delegateCode, forKey: .code)
        try container.encode(fullName, forKey: .fullName)
        switch result {
        case .enrolled(let cohort):
            try container.encode("enrolled", forKey: .outcome)
            try container.encode(cohort, forKey: .cohort)
        case .waitlisted(let position):
            try container.encode("waitlisted", forKey: .outcome)
            try container.encode(position, forKey: .position)
        case .refused(let refusals):
            try container.encode("refused", forKey: .outcome)
            try container.encode(
                refusals.map { Reason(reason: $0.reason, message: $0.description) }, forKey: .reasons)
        }
    }
}
