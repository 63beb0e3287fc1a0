import Hummingbird
import PostgresInfrastructure
import TrainingModel
import TrainingStore

/// `/v1/sessions/{id}/attendance`: the marks of one session, read and written by staff and the session's
/// lecturers: one delegate at a time (POST), or the whole register at once (PUT), all or nothing.
struct SessionRoutes {
    let database: Database

    func add(to v1: RouterGroup<ServiceContext>) {
        v1.get("sessions/{id}/attendance") { request, context in
            let (access, id) = try await Access.toSession(context, database: database)
            let (_, marks) = try await access.database.attendance.attendanceMarks(session: id)
            return try request.page(of: marks)
        }
        v1.post("sessions/{id}/attendance") { request, context in
            let (access, id) = try await Access.toSession(context, database: database)
            let body = try await request.json(as: MarkRequest.self, context: context)
            let marks = [body.delegate: try body.attendanceStatus(named: "status")]
            try await access.requireSeated(marks, at: id)
            return JSONBody(try await access.operations.markAttendance(session: id, marks: marks))
        }
        v1.put("sessions/{id}/attendance") { request, context in
            let (access, id) = try await Access.toSession(context, database: database)
            let marks = try await request.json(as: RegisterRequest.self, context: context).statuses()
            try await access.requireSeated(marks, at: id)
            return JSONBody(try await access.operations.markAttendance(session: id, marks: marks))
        }
    }

    struct MarkRequest: Decodable {
        let delegate: String
        let status: String

        /// The status, or 422 naming the field (`name`) that holds something else.
        func attendanceStatus(named name: String) throws -> AttendanceStatus {
            guard let status = AttendanceStatus(rawValue: status) else {
                let known = AttendanceStatus.allCases.map(\.rawValue).joined(separator: ", ")
                throw Problem(.unprocessableContent, "\(name) must be one of \(known).")
            }
            return status
        }
    }

    /// A session's register: many marks, written in one transaction or, if any is refused, none.
    struct RegisterRequest: Decodable {
        let marks: [MarkRequest]
        /// A lecturer's class or a hall's door: more than this is not one session's register.
        static let largest = 5_000

        func statuses() throws -> [String: AttendanceStatus] {
            guard (1...Self.largest).contains(marks.count) else {
                throw Problem(
                    .unprocessableContent, "marks holds 1 to \(number: Self.largest) marks, not \(number: marks.count)."
                )
            }
            var statuses: [String: AttendanceStatus] = [:]
            for (index, mark) in marks.enumerated() {
                let status = try mark.attendanceStatus(named: "marks[\(index)].status")
                guard statuses.updateValue(status, forKey: mark.delegate) == nil else {
                    throw Problem(
                        .unprocessableContent, "marks[\(index)] marks \(mark.delegate) again; mark each delegate once.")
                }
            }
            return statuses
        }
    }
}
