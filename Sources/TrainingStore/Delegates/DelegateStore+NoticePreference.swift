import PostgresInfrastructure
import PostgresNIO
public import TrainingModel

extension DelegateStore {
    /// Records how the delegate with `code` is to be told (nil: by e-mail when they have an address, otherwise
    /// by the webhook), and returns them as notices see them. E-mail for a delegate without an address is
    /// refused.
    public func setNoticePreference(code: String, to preference: NoticePreference?, in transaction: Transaction)
        async throws -> NoticeRecipient
    {
        let row = try await transaction.connection.query(
            """
            UPDATE delegates SET notify_by = \(preference?.rawValue) WHERE code = \(code)
            RETURNING full_name, email, phone
            """, logger: logger
        ).collect().first
        guard let (name, email, phone) = try row?.decode((String, String?, String?).self) else {
            throw StoreError.noDelegate(code)
        }
        if preference == .email && email == nil {
            throw StoreError(
                .refused,
                "\(code) \(name) has no e-mail address to be told by; add it to the roster first, or choose "
                    + "--by webhook; nothing was written")
        }
        return NoticeRecipient(code: code, name: name, email: email, phone: phone, preference: preference)
    }
}
