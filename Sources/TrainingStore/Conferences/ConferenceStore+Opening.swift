import PostgresInfrastructure
import PostgresNIO
import TrainingModel

extension ConferenceStore {
    /// The region's provinces in the order they host next: those that never hosted first, in the catalog's
    /// order, then by the first day of their last conference, the oldest first.
    public func hostRotation(region: String, in transaction: Transaction? = nil) async throws -> [HostTurn] {
        let rows = try await self.rows(
            """
            SELECT rp.province_code, p.name, count(c.id)::int, max(c.starts_on)::text
            FROM region_provinces rp JOIN provinces p ON p.code = rp.province_code
            LEFT JOIN conferences c ON c.region_code = rp.region_code AND c.host_province_code = rp.province_code
            WHERE rp.region_code = \(region)
            GROUP BY rp.province_code, p.name, rp.position
            ORDER BY max(c.starts_on) NULLS FIRST, rp.position
            """, in: transaction)
        var turns: [HostTurn] = []
        for try await (code, name, hosted, last) in rows.decode((String, String, Int, String?).self) {
            turns.append(
                HostTurn(
                    turn: turns.count + 1, provinceCode: code, provinceName: name, hosted: hosted, lastHostedOn: last))
        }
        guard !turns.isEmpty else {
            throw StoreError(
                .notFound, "no region has the code \(region)" as Message, remedy: .importCatalog(of: "regions"))
        }
        return turns
    }

    /// Opens a conference in its region and invites the HĐND of every province of the region. The host is the
    /// one `new` names, which must be of the region, or the rotation's next. The region's row is locked first,
    /// so conferences opened at once in one region take turns and never propose the same host.
    public func openConference(_ new: NewConference, in transaction: Transaction) async throws {
        let connection = transaction.connection
        try await connection.query("SELECT 1 FROM regions WHERE code = \(new.region) FOR UPDATE", logger: logger)
        let rotation = try await hostRotation(region: new.region, in: transaction)
        let host = new.hostProvince ?? rotation[0].provinceCode
        guard rotation.contains(where: { $0.provinceCode == host }) else {
            let provinces = rotation.map(\.provinceCode).sorted().joined(separator: ", ")
            throw StoreError(
                .refused, "province \(host) is not in region \(new.region) (its provinces: \(provinces))" as Message)
        }
        let id: Int
        do {
            id = try await connection.query(
                """
                INSERT INTO conferences (code, title, region_code, host_province_code, venue, starts_on, ends_on,
                                         seats_per_body)
                VALUES (\(new.code), \(new.title), \(new.region), \(host), \(new.venue),
                        \(new.startsOn.description)::date, \(new.endsOn.description)::date, \(new.seatsPerBody))
                RETURNING id
                """, logger: logger
            ).collect().first!.decode(Int.self)
        } catch let error where DatabaseFailure.sqlState(of: error) == "23505" {
            throw StoreError(
                .refused, "a conference with the code \(new.code) already exists; choose another code" as Message)
        }
        try await connection.query(
            """
            INSERT INTO conference_invitations (conference_id, body_id, seats)
            SELECT \(id), b.id, \(new.seatsPerBody)
            FROM region_provinces rp JOIN bodies b ON b.kind = 'province_council' AND b.province_code = rp.province_code
            WHERE rp.region_code = \(new.region)
            """, logger: logger)
    }
}
