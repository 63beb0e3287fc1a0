import PostgresInfrastructure
public import TrainingModel

extension ReportStore {
    /// The class's seated and wait-listed delegates, sorted the Vietnamese way (given name first), each
    /// wait-listed one with their place in the queue.
    public func roster(classCode: String) async throws -> [RosterEntry] {
        let classID = try await reportClass(code: classCode).id
        let rows = try await client.query(
            """
            SELECT d.code, d.full_name, b.kind, b.name, d.province_code, p.name, co.code, e.status,
                   CASE WHEN e.status = 'waitlisted' THEN
                       (rank() OVER (PARTITION BY e.status = 'waitlisted' ORDER BY e.requested_at, e.id))::int
                   END,
                   CASE WHEN b.kind = 'national_assembly' THEN 'Đoàn ĐBQH ' || unit_in_sentence(p.name) END
            FROM enrollments e
            JOIN delegates d ON d.id = e.delegate_id
            JOIN bodies b ON b.id = d.body_id
            LEFT JOIN provinces p ON p.code = d.province_code
            -- The class's own cohorts, found by their index instead of hashing every cohort of the term.
            LEFT JOIN cohorts co ON co.id = e.cohort_id AND co.class_id = \(classID)
            WHERE e.class_id = \(classID) AND e.status IN ('enrolled', 'waitlisted', 'completed')
            ORDER BY name_order(d.name_sort_key) COLLATE "vi-x-icu", d.full_name COLLATE "vi-x-icu", d.code
            """, logger: logger)
        var entries: [RosterEntry] = []
        for try await row in rows.decode(
            (String, String, String, String, String?, String?, String?, String, Int?, String?).self)
        {
            guard let body = Delegate.BodyKind(rawValue: row.2), let status = EnrollmentStatus(rawValue: row.7) else {
                throw StoreError(.inconsistentData, "the enrollment of delegate \(row.0) has an unknown body or status")
            }
            entries.append(
                RosterEntry(
                    delegateCode: row.0, fullName: row.1, body: body, bodyName: row.3, provinceCode: row.4,
                    provinceName: row.5, delegation: row.9, cohort: row.6, status: status, waitlistPosition: row.8))
        }
        return entries
    }
}
