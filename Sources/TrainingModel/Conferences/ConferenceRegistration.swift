/// A delegate registered for a conference by their body.
public struct ConferenceRegistration: Sendable, Equatable, Encodable {
    public var delegateCode: String
    public var fullName: String
    public var body: String

    public init(delegateCode: String, fullName: String, body: String) {
        self.delegateCode = delegateCode
        self.fullName = fullName
        self.body = body
    }
}
