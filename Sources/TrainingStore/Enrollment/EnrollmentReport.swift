import TrainingModel

/// What `enroll --where` did: who got a seat or a place on the wait list, and how many of those who matched
/// were refused, by reason.
public struct EnrollmentReport: Sendable, Encodable {
    /// Enrolled and wait-listed delegates, in the order they were seated.
    public var outcomes: [EnrollmentOutcome]
    /// The refused, each with their reasons.
    public var refusals: [EnrollmentOutcome]

    /// The refused by reason, each delegate once, under their first reason.
    public var refusalsByReason: [EnrollmentRefusal.Reason: [EnrollmentOutcome]] {
        var groups: [EnrollmentRefusal.Reason: [EnrollmentOutcome]] = [:]
        for outcome in refusals {
            if case .refused(let reasons) = outcome.result, let first = reasons.first {
                groups[first.reason, default: []].append(outcome)
            }
        }
        return groups
    }

    /// How many were refused for each reason (a delegate counts once, under their first reason).
    public var refusedByReason: [EnrollmentRefusal.Reason: Int] { refusalsByReason.mapValues(\.count) }

    private enum CodingKeys: String, CodingKey {
        case outcomes, refused
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(outcomes, forKey: .outcomes)
        try container.encode(
            Dictionary(uniqueKeysWithValues: refusedByReason.map { ($0.key.rawValue, $0.value) }), forKey: .refused)
    }
}
