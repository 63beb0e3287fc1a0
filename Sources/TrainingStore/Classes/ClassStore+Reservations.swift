import Logging
import PostgresInfrastructure
import PostgresNIO
public import TrainingModel

extension ClassStore {
    /// Makes `day` the day the class's reservations are judged by for the rest of `transaction`, instead of today
    /// in Vietnam: the injected clock of tests and jobs. Enrolling, withdrawing and reserving in the same
    /// transaction all read it (migration 0039's `reservation_day`).
    public func judgeReservations(on day: CalendarDate, in transaction: Transaction) async throws {
        try await Self.judgeReservations(on: day, on: transaction.connection, logger: logger)
    }

    static func judgeReservations(on day: CalendarDate, on connection: PostgresConnection, logger: Logger) async throws
    {
        try await connection.query("SELECT set_config('ttbd.today', \(day.description), true)", logger: logger)
    }

    /// The seats a class reserves, by province then kind of body, with what each group has taken.
    public func reservations(classCode: String) async throws -> [SeatReservation] {
        try await withConnection { connection in
            try await Self.reservations(classCode: classCode, on: connection, logger: logger)
        }
    }

    /// Reserves `seats` of the class for `group` until `until` (the last day they are held), or changes the
    /// group's reservation. Refused, with every reason, when the day has passed or falls after the class, when
    /// the class's reservations would exceed its capacity, or when the group already holds more seats than
    /// this. A smaller reservation frees seats for the wait list at once (migration 0039).
    public func reserve(
        classCode: String, for group: SeatReservation.Group, seats: Int, until: CalendarDate,
        in transaction: Transaction
    ) async throws -> SeatReservation {
        let connection = transaction.connection
        let target = try await ReservedClass.lock(code: classCode, on: connection, logger: logger)
        let (province, body) = group.columns
        if let province { try await KnownProvinces.require([province], on: connection, logger: logger) }
        let (others, taken) = try await connection.query(
            """
            SELECT (SELECT coalesce(sum(r.seats), 0)::int FROM class_reservations r
                    WHERE r.class_id = \(target.id) AND r.reserved_until >= reservation_day()
                      AND (r.province_code, r.body_kind) IS DISTINCT FROM (\(province)::text, \(body)::text)),
                   reservation_taken(\(target.id), \(province)::text, \(body)::text)
            """, logger: logger
        ).collect().first!.decode((Int, Int).self)
        let wording = group.wording(provinceName: nil)
        var problems: [Message] = []
        if until < target.today {
            problems.append(
                "the seats would be held until \(day: until), which is already past (today is \(day: target.today))")
        }
        if until > target.endsOn {
            problems.append(
                "the seats would be held until \(day: until), after the class ends on \(day: target.endsOn)")
        }
        if others + seats > target.capacity {
            problems.append(
                "the class has \(number: target.capacity) seats and reserves \(number: others) for other groups; "
                    + "at most \(number: max(target.capacity - others, 0)) more can be reserved")
        }
        if seats < taken {
            problems.append(
                "\(number: taken) delegates of \(wording) already hold seats; the reservation cannot be smaller")
        }
        guard problems.isEmpty else {
            let lines = Message.joined(problems.map { "  \($0)" }, separator: "\n")
            throw StoreError(
                .refused,
                "cannot reserve \(number: seats) seats of \(target.code) for \(wording); nothing was written:\n\(lines)"
            )
        }
        try await connection.query(
            """
            INSERT INTO class_reservations (class_id, province_code, body_kind, seats, reserved_until)
            VALUES (\(target.id), \(province), \(body), \(seats), \(until.description)::date)
            ON CONFLICT ON CONSTRAINT class_reservations_once
            DO UPDATE SET seats = EXCLUDED.seats, reserved_until = EXCLUDED.reserved_until
            """, logger: logger)
        return try await Self.reservations(classCode: target.code, on: connection, logger: logger)
            .first { $0.group == group }!
    }

    /// Removes the group's reservation; its seats open to all, and the wait list takes those free at once.
    /// Returns the reservation as it was, and how many wait-listed delegates got a seat.
    public func removeReservation(classCode: String, for group: SeatReservation.Group, in transaction: Transaction)
        async throws -> ReservationRemoval
    {
        let connection = transaction.connection
        let target = try await ReservedClass.lock(code: classCode, on: connection, logger: logger)
        guard
            let removed = try await Self.reservations(classCode: target.code, on: connection, logger: logger)
                .first(where: { $0.group == group })
        else {
            throw StoreError(
                .notFound,
                "class \(target.code) reserves no seats for \(group.wording(provinceName: nil)); nothing to remove")
        }
        let (province, body) = group.columns
        try await connection.query(
            """
            DELETE FROM class_reservations
            WHERE class_id = \(target.id)
              AND (province_code, body_kind) IS NOT DISTINCT FROM (\(province)::text, \(body)::text)
            """, logger: logger)
        let seated = try await count(
            "SELECT enrolled_count - \(target.enrolled) FROM classes WHERE id = \(target.id)", on: connection)
        return ReservationRemoval(removed: removed, seatedFromWaitList: seated)
    }

    static func reservations(classCode: String, on connection: PostgresConnection, logger: Logger) async throws
        -> [SeatReservation]
    {
        let rows = try await connection.query(
            """
            SELECT r.province_code, p.name, r.body_kind, r.seats, r.reserved_until::text,
                   reservation_taken(r.class_id, r.province_code, r.body_kind), r.reserved_until < reservation_day()
            FROM class_reservations r JOIN classes c ON c.id = r.class_id
            LEFT JOIN provinces p ON p.code = r.province_code
            WHERE c.code = \(classCode)
            ORDER BY r.province_code NULLS LAST, r.body_kind
            """, logger: logger)
        var reservations: [SeatReservation] = []
        for try await row in rows.decode((String?, String?, String?, Int, String, Int, Bool).self) {
            let group: SeatReservation.Group
            if let province = row.0 {
                group = .province(province)
            } else if let body = row.2.flatMap(Delegate.BodyKind.init(rawValue:)) {
                group = .body(body)
            } else {
                throw StoreError(.inconsistentData, "a reservation of class \(classCode) names no group ttbd knows")
            }
            guard let until = CalendarDate(parsing: row.4) else {
                throw StoreError(.inconsistentData, "a reservation of class \(classCode) has no readable day")
            }
            reservations.append(
                SeatReservation(
                    group: group, provinceName: row.1, seats: row.3, until: until, taken: row.5, expired: row.6))
        }
        return reservations
    }
}

extension SeatReservation.Group {
    /// The row's `province_code` and `body_kind`: one of them set.
    var columns: (province: String?, body: String?) {
        switch self {
        case .province(let code): (code, nil)
        case .body(let kind): (nil, kind.rawValue)
        }
    }
}

/// A class whose reservations change, locked as enrollers lock it, so they wait for the change.
private struct ReservedClass {
    var id: Int
    var code: String
    var capacity: Int
    var enrolled: Int
    var endsOn: CalendarDate
    /// The day reservations are judged by in this transaction.
    var today: CalendarDate

    static func lock(code: String, on connection: PostgresConnection, logger: Logger) async throws -> ReservedClass {
        let row = try await connection.query(
            """
            SELECT id, code, status, capacity, enrolled_count, ends_on::text, reservation_day()::text
            FROM classes WHERE code = \(code) FOR UPDATE
            """, logger: logger
        ).collect().first?.decode((Int, String, String, Int, Int, String, String).self)
        guard let row else { throw StoreError.noClass(code) }
        guard row.2 != "closed" && row.2 != "cancelled" else {
            throw StoreError(
                .refused,
                row.2 == "closed"
                    ? "class \(row.1) is closed; its seats cannot be reserved; nothing was written"
                    : "class \(row.1) is cancelled; its seats cannot be reserved; nothing was written")
        }
        guard let endsOn = CalendarDate(parsing: row.5), let today = CalendarDate(parsing: row.6) else {
            throw StoreError(.inconsistentData, "class \(row.1) has a day ttbd cannot read")
        }
        return ReservedClass(
            id: row.0, code: row.1, capacity: row.3, enrolled: row.4, endsOn: endsOn, today: today)
    }
}
