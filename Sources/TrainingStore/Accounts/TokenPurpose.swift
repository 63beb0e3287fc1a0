/// What a token opens: the JSON API (`Authorization: Bearer`), or one delegate's calendar feed URL.
/// A token of one purpose never opens the other.
public enum TokenPurpose: String, Sendable, CaseIterable {
    case api
    case calendarFeed = "calendar_feed"

    /// The start of every token of this purpose, so a person (and a secret scanner) can tell what a leaked
    /// token is; neither prefix starts the other.
    public var prefix: String {
        switch self {
        case .api: "ttbd_"
        case .calendarFeed: "ttbdcal_"
        }
    }
}
