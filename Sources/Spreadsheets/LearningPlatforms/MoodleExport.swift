public import TrainingModel

/// A class for Moodle's own tools: `users.csv` for Site administration › Users › Upload users
/// (admin/tool/uploaduser, https://docs.moodle.org/en/Upload_users), which creates the accounts and enrols
/// them at once through `course1`/`role1`/`group1`, and `enrolments.txt` for the Flat file (CSV) enrolment
/// plugin (enrol_flatfile, https://docs.moodle.org/en/Flat_file_enrolment), which a Moodle administrator
/// points at it to keep enrolments in step, withdrawals included, on every cron run.
///
/// The Moodle course must exist with the class code as its short name (what `course1` names) and its
/// ID number (what the flat file names). Delegates are keyed by their code: Moodle's ID number, and in lower
/// case their username (Moodle accepts only lower-case usernames). Names are split as Moodle's fields want:
/// the family name is `lastname`, the middle and given names `firstname`; a Vietnamese site shows them in
/// Vietnamese order with the full name format set to `lastname firstname`.
public enum MoodleExport {
    /// Upload users' columns: the required `username`, `firstname`, `lastname` and `email` (a new user without
    /// one is refused), then `idnumber` and the first course enrolment. `password` is left out: the upload
    /// form's "New user password" setting makes Moodle create and e-mail one.
    static let userHeader = ["username", "firstname", "lastname", "email", "idnumber", "course1", "role1", "group1"]

    public static func export(_ roster: PlatformRoster) -> PlatformExport {
        let present = roster.members.filter { $0.standing != .withdrawn }
        let uploadable = present.filter { $0.email != nil }
        let users = uploadable.map { member in
            [
                member.login, member.givenNames, member.familyName, member.email ?? "", member.code, roster.classCode,
                role(member), member.cohort ?? "",
            ]
        }
        // Flat file lines: operation, role, user ID number, course ID number. Fields are split on commas
        // without quoting, which codes (letters, digits, `.`, `_`, `/`, `-`) never need.
        let additions = uploadable.map { "add,\(role($0)),\($0.code),\(roster.classCode)\n" }
        let removals = roster.members.filter { $0.standing == .withdrawn }.map {
            "del,\(role($0)),\($0.code),\(roster.classCode)\n"
        }
        return PlatformExport(
            files: [
                PlatformFile(csv: "users.csv", header: userHeader, rows: users),
                PlatformFile(name: "enrolments.txt", text: (additions + removals).joined()),
            ],
            withoutEmail: present.filter { $0.email == nil })
    }

    /// Moodle's role short names: a lecturer teaches with editing rights ("Teacher").
    static func role(_ member: PlatformMember) -> String {
        member.role == .teacher ? "editingteacher" : "student"
    }
}
