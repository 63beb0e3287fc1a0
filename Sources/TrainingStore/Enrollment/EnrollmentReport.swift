import TrainingModel

/// What `enroll --where` did: who got a seat or a place on the wait list, and how many of those who matched
/// were refused, by reason.
public struct EnrollmentReport: Sendable, Encodable {
    /// Enrolled and wait-listed delegates, in the order they were seated.
    public var outcomes: [EnrollmentOutcome]
    /// The refused, each with their reasons.
    public var refusals: [EnrollmentOutcome]

    /// How many were refused for each reason (a delegate counts once, under their first reason).
    public var refusedByReason: [EnrollmentRefusal.Reason: Int] {
        var counts: [EnrollmentRefusal.Reason: Int] = [:]
        for outcome in refusals {
            if case .refused(let reasons) = outcome.result, let first = reasons.first {
                counts[first.reason, default: 0] += 1
            }
        }
        return counts
    }

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
