/// The tables whose every change the audit trigger records: every table whose rows staff change.
public enum AuditEntity: String, Hashable, Sendable, Codable, CaseIterable {
    case delegates
    case enrollments
    case attendance
    case sessions
    case sessionLecturers = "session_lecturers"
    case certificates
    case classes
    case classModules = "class_modules"
    case classReservations = "class_reservations"
    case cohorts
    case venues
    case rooms
    case lecturers
    case lecturerModules = "lecturer_modules"
    case unavailability
    case materials
    case moduleMaterials = "module_materials"
    case terms
    case curricula
    case modules
    case modulePrerequisites = "module_prerequisites"
    case provinces
    case communes
    case bodies
    case waivers
    case accounts
    case apiTokens = "api_tokens"
    case surveys
    case regions
    case regionProvinces = "region_provinces"
    case conferences
    case conferenceSessions = "conference_sessions"
    case conferenceInvitations = "conference_invitations"
    case conferenceRegistrations = "conference_registrations"
    case conferenceAttendance = "conference_attendance"
}
