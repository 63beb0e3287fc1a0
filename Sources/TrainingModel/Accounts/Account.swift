/// A person who uses ttbd through the service, and the delegate or lecturer record they are (a delegate's
/// account names its delegate, a lecturer's its lecturer, the others neither).
public struct Account: Sendable, Equatable, Encodable {
    public var id: Int
    public var username: String
    public var displayName: String
    public var role: AccountRole
    public var delegateID: Int?
    public var delegateCode: String?
    public var lecturerID: Int?
    public var lecturerCode: String?

    public init(
        id: Int, username: String, displayName: String, role: AccountRole, delegateID: Int? = nil,
        delegateCode: String? = nil, lecturerID: Int? = nil, lecturerCode: String? = nil
    ) {
        self.id = id
        self.username = username
        self.displayName = displayName
        self.role = role
        self.delegateID = delegateID
        self.delegateCode = delegateCode
        self.lecturerID = lecturerID
        self.lecturerCode = lecturerCode
    }
}

extension Account {
    /// Staff and admins read every record.
    public var seesEverything: Bool { role == .admin || role == .staff }
}
