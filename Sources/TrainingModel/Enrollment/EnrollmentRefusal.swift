/// Why a delegate cannot be enrolled in a class, as a person would say it.
public enum EnrollmentRefusal: Hashable, Sendable, CustomStringConvertible {
    /// No delegate has the code given.
    case unknownDelegate
    /// The program is for other delegates; `profile` says who this one is.
    case programAudience(program: String, audience: Audience, profile: Message)
    /// The class is for other delegates.
    case classAudience(classCode: String, audience: Audience, profile: Message)
    /// Modules the class needs first, which it does not teach and the delegate has not completed.
    case missingPrerequisites([String])
    /// Enrolled or wait-listed in another class of the same program.
    case activeInProgram(program: String, otherClass: String, status: EnrollmentStatus)
    /// Already completed a class of the program.
    case trained(program: String)
    /// Already in this class.
    case alreadyInClass(classCode: String, status: EnrollmentStatus)

    /// The kind of refusal, to count refusals by.
    public enum Reason: String, Hashable, Sendable, CaseIterable, Codable {
        case unknownDelegate = "unknown_delegate"
        case audience
        case prerequisites
        case activeInProgram = "active_in_program"
        case trained
        case alreadyInClass = "already_in_class"
    }

    public var reason: Reason {
        switch self {
        case .unknownDelegate: .unknownDelegate
        case .programAudience, .classAudience: .audience
        case .missingPrerequisites: .prerequisites
        case .activeInProgram: .activeInProgram
        case .trained: .trained
        case .alreadyInClass: .alreadyInClass
        }
    }

    public var description: String { wording.description }

    public var wording: Message {
        switch self {
        case .unknownDelegate:
            "no delegate has this code"
        case .programAudience(let program, let audience, let profile):
            "the program \(program) is for \(audience); this delegate is \(profile)"
        case .classAudience(let classCode, let audience, let profile):
            "the class \(classCode) is for \(audience); this delegate is \(profile)"
        case .missingPrerequisites(let modules):
            "has not completed \(modules.joined(separator: ", ")), which the class needs first and does not teach"
        case .activeInProgram(let program, let otherClass, let status):
            "is already \(status.wording) in \(otherClass), another class of the program \(program)"
        case .trained(let program):
            "has already completed the program \(program)"
        case .alreadyInClass(let classCode, let status):
            "is already \(status.wording) in \(classCode)"
        }
    }
}
