import PostgresInfrastructure
import PostgresNIO
import TrainingModel

extension ConferenceStore {
    /// Uninvites the HĐND of `province` from the conference. Refused, changing nothing: a body not invited, one
    /// with delegates registered unless `withRegistrations` (then their registrations go with it), and one whose
    /// delegates attended a session (their marks hold their registrations, migration 0043). Under the
    /// conference's lock, as registrations are, so none slips in between the check and the removal.
    public func withdraw(
        conference: String, province: String, withRegistrations: Bool, in transaction: Transaction
    ) async throws -> BodyWithdrawal {
        let id = try await lockConference(conference, in: transaction)
        let connection = transaction.connection
        let row = try await connection.query(
            """
            SELECT b.id, b.name, i.body_id IS NOT NULL,
                   (SELECT count(*)::int FROM conference_attendance a JOIN conference_registrations r
                        ON r.conference_id = a.conference_id AND r.delegate_id = a.delegate_id
                    WHERE r.conference_id = \(id) AND r.body_id = b.id)
            FROM bodies b LEFT JOIN conference_invitations i ON i.conference_id = \(id) AND i.body_id = b.id
            WHERE b.kind = 'province_council' AND b.province_code = \(province)
            """, logger: logger
        ).collect().first
        guard let (body, name, invited, marks) = try row?.decode((Int, String, Bool, Int).self) else {
            throw StoreError(
                .notFound, "no province has the code \(province)" as Message, remedy: .importCatalog(of: "provinces"))
        }
        guard invited else {
            throw StoreError(
                .refused, "\(name) is not invited to conference \(conference); nothing was changed" as Message)
        }
        let registrations = try await connection.query(
            """
            SELECT d.code, d.full_name FROM conference_registrations r JOIN delegates d ON d.id = r.delegate_id
            WHERE r.conference_id = \(id) AND r.body_id = \(body)
            ORDER BY name_order(d.name_sort_key) COLLATE "vi-x-icu", d.full_name COLLATE "vi-x-icu", d.code
            """, logger: logger
        ).collect().map {
            let (code, fullName) = try $0.decode((String, String).self)
            return ConferenceRegistration(delegateCode: code, fullName: fullName, body: name)
        }
        if marks > 0 {
            throw StoreError(
                .refused,
                "delegates of \(name) attended conference \(conference) (\(number: marks) attendance marks), so it stays invited; nothing was changed"
                    as Message)
        }
        if !registrations.isEmpty && !withRegistrations {
            throw StoreError(
                .refused,
                "\(name) has \(number: registrations.count) delegates registered for conference \(conference); expected none, or their registrations withdrawn too; nothing was changed"
                    as Message)
        }
        try await connection.query(
            "DELETE FROM conference_invitations WHERE conference_id = \(id) AND body_id = \(body)", logger: logger)
        return BodyWithdrawal(provinceCode: province, body: name, registrations: registrations)
    }

    /// Withdraws a delegate's registration, which frees their body's seat (the registrations' trigger moves the
    /// invitation's count in this transaction). Refused, changing nothing: a delegate not registered, and one
    /// marked present at a session.
    public func unregister(
        conference: String, delegate code: String, in transaction: Transaction
    ) async throws -> ConferenceRegistration {
        let id = try await lockConference(conference, in: transaction)
        let connection = transaction.connection
        let row = try await connection.query(
            """
            SELECT d.id, d.full_name, b.name, r.delegate_id IS NOT NULL,
                   (SELECT count(*)::int FROM conference_attendance a
                    WHERE a.conference_id = \(id) AND a.delegate_id = d.id)
            FROM delegates d JOIN bodies b ON b.id = d.body_id
            LEFT JOIN conference_registrations r ON r.conference_id = \(id) AND r.delegate_id = d.id
            WHERE d.code = \(code)
            """, logger: logger
        ).collect().first
        guard let (delegate, name, body, registered, marks) = try row?.decode((Int, String, String, Bool, Int).self)
        else { throw StoreError.noDelegate(code) }
        guard registered else {
            throw StoreError(
                .refused,
                "delegate \(code) \(name) is not registered for conference \(conference); nothing was changed"
                    as Message)
        }
        guard marks == 0 else {
            throw StoreError(
                .refused,
                "delegate \(code) \(name) attended \(number: marks) sessions of conference \(conference), so stays registered; nothing was changed"
                    as Message)
        }
        try await connection.query(
            "DELETE FROM conference_registrations WHERE conference_id = \(id) AND delegate_id = \(delegate)",
            logger: logger)
        return ConferenceRegistration(delegateCode: code, fullName: name, body: body)
    }
}
