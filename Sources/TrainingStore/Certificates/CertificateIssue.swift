import TrainingModel

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
        /// In English, for scripts; ``wording`` for people.
        public var reason: String
        public var wording: Message

        private enum CodingKeys: String, CodingKey {
            case delegateCode, fullName, reason
        }
    }

    public var classCode: String
    public var issued: [Certified]
    /// Completing delegates who already held a certificate of this class.
    public var alreadyIssued: Int
    public var notCompleting: [Shortfall]
    public var dryRun: Bool
}
