/// The secrets issued to one delegate, shown once: the center hands them out and ttbd keeps only hashes.
public struct IssuedDelegateToken: Sendable, Equatable {
    public var delegateCode: String
    public var fullName: String
    public var username: String
    /// For `ttbd login` and the API.
    public var apiToken: String
    /// The secret in the delegate's calendar feed URL.
    public var feedToken: String

    /// The path of the delegate's calendar feed on the service, for phones and Outlook to subscribe to.
    public var feedPath: String { "/v1/calendar/\(feedToken).ics" }
}
