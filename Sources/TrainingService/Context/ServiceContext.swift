public import Hummingbird
public import TrainingModel
import TrainingStore

/// What a request carries through the middleware to its route: the logger with its request id and, once the
/// bearer token is checked, the account that presented it.
public struct ServiceContext: RequestContext, Sendable {
    public var coreContext: CoreRequestContextStorage
    /// The client's address, the key of the failed-authentication limit.
    public let remoteAddress: String
    /// The account of the request's token; nil before authentication and on public routes.
    public var account: Account?
    /// For a delegate's account, the revision of what they see, read with the token: a route answering
    /// "unchanged" needs no statement of its own.
    var delegateRevision: DelegateRevision?
    /// A console page's signed-in session, with the token its forms carry; nil on the API.
    var consoleSession: ConsoleSession?
    /// The account's username, for the request's log line.
    public let authenticatedUser: AuthenticatedUser

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        remoteAddress = source.channel.remoteAddress?.ipAddress ?? "unknown"
        account = nil
        delegateRevision = nil
        consoleSession = nil
        authenticatedUser = AuthenticatedUser()
    }
}
