import PostgresInfrastructure
import PostgresNIO
public import TrainingModel

extension LearningPlatformStore {
    /// The class, its cohorts and its people as a learning platform takes them: every delegate who holds or
    /// held a seat (a withdrawn one too, so that a synchronising upload can remove them; the wait list is
    /// not in the course), in the Vietnamese order, then the lecturers of its sessions who have an active
    /// ttbd account, which is what makes them teachers on the platform.
    public func platformRoster(classCode: String) async throws -> PlatformRoster {
        let found = try await client.query(
            """
            SELECT c.id, c.code, cu.title, c.starts_on::text, c.ends_on::text
            FROM classes c JOIN curricula cu ON cu.code = c.curriculum_code WHERE c.code = \(classCode)
            """, logger: logger
        ).collect().first
        guard
            let (classID, code, title, startsOn, endsOn) = try found?.decode((Int, String, String, String, String).self)
        else { throw StoreError.noClass(classCode) }
        let cohorts = try await client.query(
            "SELECT code FROM cohorts WHERE class_id = \(classID) ORDER BY code", logger: logger
        ).collect().map { try $0.decode(String.self) }
        let members = try await delegates(ofClass: classID) + lecturers(ofClass: classID)
        try Self.refuseSharedLogins(members)
        return PlatformRoster(
            classCode: code, title: title, startsOn: CalendarDate(parsing: startsOn)!,
            endsOn: CalendarDate(parsing: endsOn)!, cohorts: cohorts, members: members)
    }

    /// A platform keys accounts by login and by ID (Moodle's ID number, Canvas's SIS id), so two people sharing
    /// either would become one account: delegate codes that differ only in case, a lecturer's account named like
    /// a delegate's login, a lecturer's code that is also a delegate's.
    static func refuseSharedLogins(_ members: [PlatformMember]) throws {
        for (key, wording) in [(\PlatformMember.login, "login"), (\PlatformMember.code, "ID")]
            as [(KeyPath<PlatformMember, String>, String)]
        {
            let shared = Dictionary(grouping: members, by: { $0[keyPath: key] }).filter { $0.value.count > 1 }
            guard let (value, people) = shared.min(by: { $0.key < $1.key }) else { continue }
            let names = people.map { "\($0.code) \($0.name.fullName)" }.joined(separator: ", ")
            throw StoreError(
                .refused,
                Message(
                    pattern: "%@ would all have the platform \(wording) %@; expected one \(wording) per person",
                    values: [.text(names), .text(value)]))
        }
    }

    /// Each delegate's latest standing in the class: a seat outranks an earlier withdrawal.
    private func delegates(ofClass classID: Int) async throws -> [PlatformMember] {
        let rows = try await client.query(
            """
            SELECT x.code, x.full_name, x.email, x.cohort, x.status FROM (
                SELECT DISTINCT ON (d.id) d.code, d.full_name, d.name_sort_key, d.email, co.code AS cohort, e.status
                FROM enrollments e
                JOIN delegates d ON d.id = e.delegate_id
                LEFT JOIN cohorts co ON co.id = e.cohort_id
                WHERE e.class_id = \(classID) AND e.status <> 'waitlisted'
                ORDER BY d.id, e.status IN ('enrolled', 'completed') DESC, e.updated_at DESC, e.id DESC
            ) x
            ORDER BY name_order(x.name_sort_key) COLLATE "vi-x-icu", x.full_name COLLATE "vi-x-icu", x.code
            """, logger: logger)
        var members: [PlatformMember] = []
        for try await (code, name, email, cohort, status) in rows.decode(
            (String, String, String?, String?, String).self)
        {
            let standing: PlatformMember.Standing =
                switch status {
                case "enrolled": .active
                case "completed": .completed
                default: .withdrawn
                }
            members.append(
                PlatformMember(
                    code: code, name: VietnameseName(name), email: email,
                    login: PlatformMember.login(forDelegateCode: code), role: .student, cohort: cohort,
                    standing: standing))
        }
        return members
    }

    private func lecturers(ofClass classID: Int) async throws -> [PlatformMember] {
        let rows = try await client.query(
            """
            SELECT l.code, l.full_name, l.email, a.username FROM lecturers l
            JOIN accounts a ON a.lecturer_id = l.id AND a.disabled_at IS NULL
            WHERE EXISTS (
                SELECT 1 FROM session_lecturers sl JOIN sessions s ON s.id = sl.session_id
                WHERE sl.lecturer_id = l.id AND s.class_id = \(classID) AND s.status <> 'cancelled')
            ORDER BY name_order(l.name_sort_key) COLLATE "vi-x-icu", l.full_name COLLATE "vi-x-icu", l.code
            """, logger: logger)
        var members: [PlatformMember] = []
        for try await (code, name, email, username) in rows.decode((String, String, String?, String).self) {
            members.append(
                PlatformMember(
                    code: code, name: VietnameseName(name), email: email, login: username, role: .teacher,
                    cohort: nil, standing: .active))
        }
        return members
    }
}
