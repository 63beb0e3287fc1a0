/// A class as a learning platform (Moodle, Canvas) sees it: a course, its cohorts as groups or sections, and
/// the people in it with the identifiers the platform's upload tools key them by.
public struct PlatformRoster: Sendable, Hashable {
    public var classCode: String
    /// The program's title, the course's long name.
    public var title: String
    public var startsOn: CalendarDate
    public var endsOn: CalendarDate
    /// Cohort codes in code order; a cohort becomes a Moodle group and a Canvas section.
    public var cohorts: [String]
    /// Delegates (students) in the Vietnamese order, then lecturers with an account (teachers).
    public var members: [PlatformMember]

    public init(
        classCode: String, title: String, startsOn: CalendarDate, endsOn: CalendarDate, cohorts: [String],
        members: [PlatformMember]
    ) {
        self.classCode = classCode
        self.title = title
        self.startsOn = startsOn
        self.endsOn = endsOn
        self.cohorts = cohorts
        self.members = members
    }
}

/// One person of a class on a learning platform.
public struct PlatformMember: Sendable, Hashable {
    public enum Role: String, Sendable {
        case student
        case teacher
    }

    /// Where the person stands in the class: seated, done, or withdrawn (which a synchronising upload removes).
    public enum Standing: String, Sendable {
        case active
        case completed
        case withdrawn
    }

    /// The delegate's or the lecturer's code: Moodle's ID number, Canvas's SIS user_id.
    public var code: String
    public var name: VietnameseName
    public var email: String?
    /// What the person signs in with: for a delegate ``login(forDelegateCode:)``, for a lecturer their ttbd
    /// account name.
    public var login: String
    public var role: Role
    public var cohort: String?
    public var standing: Standing

    public init(
        code: String, name: VietnameseName, email: String?, login: String, role: Role, cohort: String?,
        standing: Standing
    ) {
        self.code = code
        self.name = name
        self.email = email
        self.login = login
        self.role = role
        self.cohort = cohort
        self.standing = standing
    }

    /// Middle and given names, what platforms built for "first last" call the first name: `Thị Hoa`. A one-word
    /// name is both first and last name, since Moodle refuses a user without either.
    public var givenNames: String {
        name.words.count > 1 ? name.words.dropFirst().joined(separator: " ") : name.fullName
    }

    /// The family name, the platforms' last name: `Nguyễn`.
    public var familyName: String { name.familyName }

    /// The login of a delegate: the code in lower case, its `/` as `-`, since Moodle's usernames hold only lower-case
    /// letters, digits and `_ - . @`.
    public static func login(forDelegateCode code: String) -> String {
        code.lowercased().replacingOccurrences(of: "/", with: "-")
    }
}
