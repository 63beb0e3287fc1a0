import PostgresInfrastructure
import PostgresNIO
import TrainingModel

/// The questions authorization asks the database. One rule per kind of record, so what a list shows and
/// what a single read allows cannot drift apart: staff and admins see everything, a lecturer the classes,
/// sessions and delegates they teach, a delegate their own classes and themselves.
extension AccountStore {
    /// The codes of the classes `account` may read (only `code`'s when it is given), by start day.
    public func visibleClassCodes(to account: Account, code: String? = nil) async throws -> [String] {
        try await client.query(
            """
            SELECT c.code FROM classes c
            WHERE (\(code)::text IS NULL OR c.code = \(code)::text)
              AND (\(account.seesEverything)
                OR EXISTS (SELECT 1 FROM enrollments e WHERE e.class_id = c.id
                           AND e.delegate_id = \(account.delegateID)::bigint
                           AND e.status IN ('enrolled', 'waitlisted', 'completed'))
                OR EXISTS (SELECT 1 FROM sessions s JOIN session_lecturers sl ON sl.session_id = s.id
                           WHERE s.class_id = c.id AND sl.lecturer_id = \(account.lecturerID)::bigint))
            ORDER BY c.starts_on, c.code
            """, logger: logger
        ).collect().map { try $0.decode(String.self) }
    }

    /// Whether `account` may read the delegate with `code`: staff, the delegate, or a lecturer of one of
    /// the delegate's classes.
    public func delegateIsVisible(_ code: String, to account: Account) async throws -> Bool {
        try await client.query(
            """
            SELECT EXISTS (SELECT 1 FROM delegates d
            WHERE d.code = \(code)
              AND (\(account.seesEverything) OR d.id = \(account.delegateID)::bigint
                OR EXISTS (SELECT 1 FROM enrollments e
                           JOIN sessions s ON s.class_id = e.class_id
                           JOIN session_lecturers sl ON sl.session_id = s.id
                           WHERE e.delegate_id = d.id AND sl.lecturer_id = \(account.lecturerID)::bigint
                             AND e.status IN ('enrolled', 'waitlisted', 'completed'))))
            """, logger: logger
        ).collect().first!.decode(Bool.self)
    }

    /// Whether `account` may read and mark the attendance of session `id`: staff, or a lecturer of it.
    public func sessionIsVisible(_ id: Int, to account: Account) async throws -> Bool {
        try await client.query(
            """
            SELECT EXISTS (SELECT 1 FROM sessions s
            WHERE s.id = \(id)
              AND (\(account.seesEverything)
                OR EXISTS (SELECT 1 FROM session_lecturers sl
                           WHERE sl.session_id = s.id AND sl.lecturer_id = \(account.lecturerID)::bigint)))
            """, logger: logger
        ).collect().first!.decode(Bool.self)
    }
}
