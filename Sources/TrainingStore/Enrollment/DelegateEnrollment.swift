import PostgresInfrastructure
import PostgresNIO
public import TrainingModel

/// One of a delegate's enrollments, as `/v1/me/classes` lists them: the class, its program and dates, the
/// delegate's cohort and where the enrollment stands.
public struct DelegateEnrollment: Encodable, Sendable {
    public let classCode: String
    public let program: String
    public let programTitle: String
    public let startsOn: String
    public let endsOn: String
    public let cohort: String?
    public let status: EnrollmentStatus
}

extension EnrollmentStore {
    /// The enrollments of the delegate with `code` that are not withdrawn, by the class's start day.
    public func enrollments(delegate code: String) async throws -> [DelegateEnrollment] {
        try await client.query(
            """
            SELECT c.code, cu.code, cu.title, c.starts_on::text, c.ends_on::text, co.code, e.status
            FROM enrollments e
            JOIN delegates d ON d.id = e.delegate_id
            JOIN classes c ON c.id = e.class_id
            JOIN curricula cu ON cu.code = c.curriculum_code
            LEFT JOIN cohorts co ON co.id = e.cohort_id
            WHERE d.code = \(code) AND e.status IN ('enrolled', 'waitlisted', 'completed')
            ORDER BY c.starts_on, c.code
            """, logger: logger
        ).collect().map {
            let row = try $0.decode((String, String, String, String, String, String?, String).self)
            guard let status = EnrollmentStatus(rawValue: row.6) else {
                throw StoreError(.inconsistentData, "an enrollment of class \(row.0) has the unknown status \(row.6)")
            }
            return DelegateEnrollment(
                classCode: row.0, program: row.1, programTitle: row.2, startsOn: row.3, endsOn: row.4,
                cohort: row.5, status: status)
        }
    }
}
