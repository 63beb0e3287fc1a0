/// A body uninvited from a conference, with the registrations of its delegates withdrawn with it.
public struct BodyWithdrawal: Sendable, Equatable, Encodable {
    public var provinceCode: String
    public var body: String
    public var registrations: [ConferenceRegistration]

    public init(provinceCode: String, body: String, registrations: [ConferenceRegistration]) {
        self.provinceCode = provinceCode
        self.body = body
        self.registrations = registrations
    }
}
