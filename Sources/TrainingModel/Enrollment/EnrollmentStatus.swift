/// Where an enrollment stands; its history of statuses is kept, append-only, by the database.
public enum EnrollmentStatus: String, Hashable, Sendable, CaseIterable, Codable {
    /// Holds a seat (and a cohort, when the class has cohorts).
    case enrolled
    /// Waits for a seat, served in the order of asking.
    case waitlisted
    case withdrawn
    /// Certified: the delegate is trained in the program.
    case completed

    /// Enrolled or waiting: the delegate is taking the class.
    public var isActive: Bool { self == .enrolled || self == .waitlisted }

    /// In a person's words: "enrolled", "wait-listed".
    public var words: String { wording.description }

    public var wording: Message {
        switch self {
        case .enrolled: "enrolled"
        case .waitlisted: "wait-listed"
        case .withdrawn: "withdrawn"
        case .completed: "completed"
        }
    }
}
