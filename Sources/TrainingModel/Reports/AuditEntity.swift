/// The tables whose every change the audit trigger records.
public enum AuditEntity: String, Hashable, Sendable, Codable, CaseIterable {
    case enrollments
    case attendance
    case sessions
    case sessionLecturers = "session_lecturers"
    case certificates
    case accounts
    case apiTokens = "api_tokens"
}
