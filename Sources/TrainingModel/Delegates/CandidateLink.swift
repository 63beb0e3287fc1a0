/// What linking an elected candidate to their delegate record moved: the training they had as a candidate
/// now counts as the delegate's, with the rules set aside for them (waivers) and their account (their tokens).
/// A waiver of a rule the delegate already has set aside for the same program, and an account when the
/// delegate has one, stay with the candidate's record.
public struct CandidateLink: Sendable, Equatable, Codable {
    public var candidateCode: String
    public var delegateCode: String
    public var delegateName: String
    public var enrollments: Int
    public var attendanceMarks: Int
    public var certificates: Int
    public var waivers: Int
    /// Whether the candidate's account (and so their tokens) now reads the delegate's record.
    public var accountMoved: Bool
    /// Linked although the two records' national ids differ or one lacks it (`--force`).
    public var forced: Bool

    public init(
        candidateCode: String, delegateCode: String, delegateName: String, enrollments: Int, attendanceMarks: Int,
        certificates: Int, waivers: Int, accountMoved: Bool, forced: Bool
    ) {
        self.candidateCode = candidateCode
        self.delegateCode = delegateCode
        self.delegateName = delegateName
        self.enrollments = enrollments
        self.attendanceMarks = attendanceMarks
        self.certificates = certificates
        self.waivers = waivers
        self.accountMoved = accountMoved
        self.forced = forced
    }
}

/// An unlinked candidate whose national id a delegate of the roster has: most likely elected, to link.
public struct CandidateMatch: Sendable, Equatable, Codable {
    public var candidateCode: String
    public var candidateName: String
    public var delegateCode: String
    public var delegateName: String
    public var nationalID: String

    public init(
        candidateCode: String, candidateName: String, delegateCode: String, delegateName: String, nationalID: String
    ) {
        self.candidateCode = candidateCode
        self.candidateName = candidateName
        self.delegateCode = delegateCode
        self.delegateName = delegateName
        self.nationalID = nationalID
    }
}
