/// What linking an elected candidate to their delegate record moved: the training they had as a candidate
/// now counts as the delegate's. Rules set aside for the candidate stay with the candidate's record: they were
/// granted for someone not yet elected.
public struct CandidateLink: Sendable, Equatable, Codable {
    public var candidateCode: String
    public var delegateCode: String
    public var delegateName: String
    public var enrollments: Int
    public var attendanceMarks: Int
    public var certificates: Int
    /// Linked although the two records' national ids differ or one lacks it (`--force`).
    public var forced: Bool

    public init(
        candidateCode: String, delegateCode: String, delegateName: String, enrollments: Int, attendanceMarks: Int,
        certificates: Int, forced: Bool
    ) {
        self.candidateCode = candidateCode
        self.delegateCode = delegateCode
        self.delegateName = delegateName
        self.enrollments = enrollments
        self.attendanceMarks = attendanceMarks
        self.certificates = certificates
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
