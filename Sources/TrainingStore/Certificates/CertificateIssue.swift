/// What `certificates issue` did for a class: who got a certificate now, who had one, who does not complete
/// and why.
public struct CertificateIssue: Sendable, Encodable {
    public struct Certified: Sendable, Encodable {
        public var delegateCode: String
        public var fullName: String
        /// `nil` in a dry run, which draws no number.
        public var number: String?
    }

    public struct Shortfall: Sendable, Encodable {
        public var delegateCode: String
        public var fullName: String
        public var reason: String
    }

    public var classCode: String
    public var issued: [Certified]
    /// Completing delegates who already held a certificate of this class.
    public var alreadyIssued: Int
    public var notCompleting: [Shortfall]
    public var dryRun: Bool
}

/// A certificate as `certificates verify` and `certificates list` show it.
public struct CertificateRecord: Sendable, Codable {
    public var number: String
    /// Not revoked.
    public var valid: Bool
    /// `YYYY-MM-DD` in Vietnam's time.
    public var issuedOn: String
    public var revokedOn: String?
    public var delegateCode: String
    public var fullName: String
    public var classCode: String
    public var programCode: String
    public var programTitle: String
}
