import PostgresInfrastructure
import PostgresNIO
import TrainingModel

extension DelegateStore {
    /// Delegates matching `filter`, sorted the Vietnamese way: given name, middle names, family name.
    /// Candidates are not delegates: `standing` `.candidate` lists them instead.
    public func delegates(matching filter: DelegateFilter, standing: Delegate.Standing = .delegate) async throws
        -> [DelegateRecord]
    {
        let pattern = filter.search.map { "%" + Self.escapedForLike($0.precomposedStringWithCanonicalMapping) + "%" }
        let query: PostgresQuery = """
            \(unescaped: Self.delegateColumns)
            WHERE d.standing = \(standing.rawValue)
              AND (\(pattern)::text IS NULL OR fold_text(d.full_name) LIKE fold_text(\(pattern)::text))
              AND (\(filter.provinceCode)::text IS NULL OR d.province_code = \(filter.provinceCode)::text)
              AND (\(filter.body?.rawValue)::text IS NULL OR b.kind = \(filter.body?.rawValue)::text)
              AND (\(filter.firstTime)::boolean IS NULL OR d.first_time = \(filter.firstTime)::boolean)
              AND (\(filter.term)::text IS NULL OR d.term_code = \(filter.term)::text)
            ORDER BY name_order(d.name_sort_key) COLLATE "vi-x-icu", d.full_name COLLATE "vi-x-icu", d.code
            LIMIT \(filter.limit)
            """
        return try await records(query)
    }

    /// The delegate with `code`, if there is one.
    public func delegate(code: String) async throws -> DelegateRecord? {
        try await records("\(unescaped: Self.delegateColumns) WHERE d.code = \(code)").first
    }

    static let delegateColumns = """
        SELECT d.code, d.full_name, d.name_sort_key, d.gender, d.birth_date::text, d.national_id, d.phone, d.email,
               b.kind, b.name, d.province_code, d.commune_code, d.term_code, d.first_time, d.full_time, d.position,
               d.standing
        FROM delegates d JOIN bodies b ON b.id = d.body_id
        """

    func records(_ query: PostgresQuery) async throws -> [DelegateRecord] {
        var records: [DelegateRecord] = []
        let rows = try await client.query(query, logger: logger).decode(
            (
                String, String, String, String?, String?, String?, String?, String?, String, String, String?, String?,
                String, Bool, Bool, String?, String
            ).self)
        for try await column in rows {
            guard let body = Delegate.BodyKind(rawValue: column.8),
                let standing = Delegate.Standing(rawValue: column.16)
            else {
                throw StoreError(.inconsistentData, "delegate \(column.0) has a body of unknown kind \(column.8)")
            }
            let delegate = Delegate(
                code: column.0, fullName: column.1, sortKey: column.2, gender: column.3.flatMap(Delegate.Gender.init),
                birthDate: column.4.flatMap(CalendarDate.init(parsing:)), nationalID: column.5, phone: column.6,
                email: column.7, body: body, provinceCode: column.10, communeCode: column.11, term: column.12,
                firstTime: column.13, fullTime: column.14, position: column.15, standing: standing)
            records.append(DelegateRecord(delegate: delegate, bodyName: column.9))
        }
        return records
    }
}
