/// A certificate as `certificates verify` and `certificates list` show it.
public struct CertificateRecord: Sendable, Codable {
    public var number: String
    /// Not revoked.
    public var valid: Bool
    /// `YYYY-MM-DD` in Vietnam's time.
    public var issuedOn: String
    public var revokedOn: String?
    /// Why it was revoked.
    public var revocationReason: String?
    public var delegateCode: String
    public var fullName: String
    public var classCode: String
    public var programCode: String
    public var programTitle: String

    public init(
        number: String, valid: Bool, issuedOn: String, revokedOn: String?, revocationReason: String? = nil,
        delegateCode: String, fullName: String, classCode: String, programCode: String, programTitle: String
    ) {
        self.number = number
        self.valid = valid
        self.issuedOn = issuedOn
        self.revokedOn = revokedOn
        self.revocationReason = revocationReason
        self.delegateCode = delegateCode
        self.fullName = fullName
        self.classCode = classCode
        self.programCode = programCode
        self.programTitle = programTitle
    }
}
