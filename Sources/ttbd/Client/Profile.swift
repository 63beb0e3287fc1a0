import TrainingModel

/// Who a token belongs to, as `GET /v1/me` says.
struct Profile: Decodable {
    struct Delegate: Decodable {
        var code: String
        var fullName: String
    }

    var username: String
    var displayName: String
    var role: String
    /// Set for a delegate's account.
    var delegate: Delegate?

    /// `dbd0101 (Nguyễn Văn An, delegate 0101)`, `staff1 (Trần Thị Hoa, staff)`.
    var summary: Message {
        if let delegate { return "\(username) (\(delegate.fullName), delegate \(delegate.code))" }
        return "\(username) (\(displayName), \(role))"
    }
}
