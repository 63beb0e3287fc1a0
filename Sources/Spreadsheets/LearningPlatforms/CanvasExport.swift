import Foundation
public import TrainingModel

/// A class for Canvas's SIS import (Admin › SIS Import, or the SIS Imports API; format at
/// https://canvas.instructure.com/doc/api/file.sis_csv.html): `courses.csv`, `sections.csv` (the cohorts),
/// `users.csv` and `enrollments.csv`, which Canvas takes one by one or zipped together.
///
/// The class is the course (`course_id` its code), each cohort a section, each delegate a user whose SIS id
/// (`user_id`) is their code and whose login is that code in lower case; lecturers with an account are
/// teachers. Canvas needs no e-mail address, so everyone goes in. A name goes in whole as `full_name`, which
/// Canvas's documentation says to give instead of `first_name`/`last_name`: Canvas would join those "first
/// last" and turn a Vietnamese name round. `sortable_name` puts the given name first, as Vietnamese lists sort.
public enum CanvasExport {
    static let courseHeader = ["course_id", "short_name", "long_name", "status", "start_date", "end_date"]
    static let sectionHeader = ["section_id", "course_id", "name", "status"]
    static let userHeader = ["user_id", "login_id", "full_name", "sortable_name", "email", "status"]
    static let enrollmentHeader = ["course_id", "user_id", "role", "section_id", "status"]

    public static func export(_ roster: PlatformRoster) -> PlatformExport {
        let course = roster.classCode
        let courses = [
            [
                course, course, "\(roster.title) (\(course))", "active", timestamp(roster.startsOn.midnightInVietnam),
                timestamp(roster.endsOn.midnightInVietnam.addingTimeInterval(86_399)),
            ]
        ]
        let sections = roster.cohorts.map { [section(course, $0), course, $0, "active"] }
        let users = roster.members.map { member in
            [member.code, member.login, member.name.fullName, sortableName(member.name), member.email ?? "", "active"]
        }
        let enrollments = roster.members.map { member in
            [
                course, member.code, member.role.rawValue, member.cohort.map { section(course, $0) } ?? "",
                status(member.standing),
            ]
        }
        var files = [PlatformFile(csv: "courses.csv", header: courseHeader, rows: courses)]
        if !sections.isEmpty { files.append(PlatformFile(csv: "sections.csv", header: sectionHeader, rows: sections)) }
        files += [
            PlatformFile(csv: "users.csv", header: userHeader, rows: users),
            PlatformFile(csv: "enrollments.csv", header: enrollmentHeader, rows: enrollments),
        ]
        return PlatformExport(files: files, withoutEmail: [])
    }

    /// A section's SIS id, unique across Canvas as its documentation asks: cohort codes repeat between classes,
    /// and `:` is in no code, so `B-HN-01:N1` names one cohort.
    static func section(_ course: String, _ cohort: String) -> String { "\(course):\(cohort)" }

    /// `Hoa, Nguyễn Thị`: Canvas's "last, first" form with the given name in front, so Canvas sorts by it.
    static func sortableName(_ name: VietnameseName) -> String {
        name.words.count > 1 ? "\(name.givenName), \(name.words.dropLast().joined(separator: " "))" : name.fullName
    }

    /// An enrollment's state: a withdrawn delegate's enrollment is deleted, a finished one read-only.
    static func status(_ standing: PlatformMember.Standing) -> String {
        switch standing {
        case .active: "active"
        case .completed: "completed"
        case .withdrawn: "deleted"
        }
    }

    /// ISO 8601 in UTC, `YYYY-MM-DDTHH:MM:SSZ`, as the format asks.
    static func timestamp(_ instant: Date) -> String {
        ISO8601DateFormatter().string(from: instant)
    }
}
