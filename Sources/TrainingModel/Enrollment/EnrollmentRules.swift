/// The rules a delegate must meet to join a class, apart from the seat: who the program and the class are
/// for, the prerequisites, and not taking or having taken the program already.
public struct EnrollmentRules: Hashable, Sendable {
    public var classCode: String
    public var program: String
    public var programAudience: Audience
    public var classAudience: Audience

    public init(classCode: String, program: String, programAudience: Audience, classAudience: Audience) {
        self.classCode = classCode
        self.program = program
        self.programAudience = programAudience
        self.classAudience = classAudience
    }

    /// What the database knows of one delegate that the rules look at.
    public struct Candidate: Sendable {
        public var delegate: Delegate
        /// The delegate's enrollment in this class, when there is one that counts.
        public var statusInClass: EnrollmentStatus?
        /// Another class of the program the delegate is enrolled or wait-listed in, and how.
        public var otherActiveClass: (code: String, status: EnrollmentStatus)?
        /// Whether the delegate completed a class of the program.
        public var trained: Bool
        /// Prerequisites of the class's modules that the class does not teach and the delegate has not
        /// completed in another class.
        public var missingPrerequisites: [String]
        /// Rules of the program a staff member set aside for this delegate.
        public var waived: Set<WaivedRule>

        public init(
            delegate: Delegate, statusInClass: EnrollmentStatus? = nil,
            otherActiveClass: (code: String, status: EnrollmentStatus)? = nil, trained: Bool = false,
            missingPrerequisites: [String] = [], waived: Set<WaivedRule> = []
        ) {
            self.delegate = delegate
            self.statusInClass = statusInClass
            self.otherActiveClass = otherActiveClass
            self.trained = trained
            self.missingPrerequisites = missingPrerequisites
            self.waived = waived
        }
    }

    /// Every rule `candidate` breaks, most telling first; empty when the delegate may be enrolled.
    public func refusals(for candidate: Candidate) -> [EnrollmentRefusal] {
        let delegate = candidate.delegate
        if let status = candidate.statusInClass {
            return [.alreadyInClass(classCode: classCode, status: status)]
        }
        var refusals: [EnrollmentRefusal] = []
        let audienceWaived = candidate.waived.contains(.audience)
        // A program open to everyone is open to every delegate: a candidate needs one that names candidates.
        let programAdmits =
            programAudience.admits(delegate) && (delegate.standing == .delegate || !programAudience.isEveryone)
        if !audienceWaived && !programAdmits {
            refusals.append(
                .programAudience(
                    program: program, audience: programAudience, profile: delegate.profile(against: programAudience)))
        }
        if !audienceWaived && !classAudience.admits(delegate) {
            refusals.append(
                .classAudience(
                    classCode: classCode, audience: classAudience, profile: delegate.profile(against: classAudience)))
        }
        if candidate.trained {
            refusals.append(.trained(program: program))
        } else if let other = candidate.otherActiveClass {
            refusals.append(.activeInProgram(program: program, otherClass: other.code, status: other.status))
        }
        if !candidate.missingPrerequisites.isEmpty && !candidate.waived.contains(.prerequisites) {
            refusals.append(.missingPrerequisites(candidate.missingPrerequisites))
        }
        return refusals
    }
}
