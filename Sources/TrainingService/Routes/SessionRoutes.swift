import Hummingbird
import PostgresInfrastructure
import TrainingModel
import TrainingStore

/// `/v1/sessions/{id}/attendance`: the marks of one session, read and written by staff and the session's
/// lecturers.
struct SessionRoutes {
    let database: Database

    func add(to v1: RouterGroup<ServiceContext>) {
        v1.get("sessions/{id}/attendance") { request, context in
            let (access, id) = try await readable(context)
            let (_, marks) = try await access.database.attendance.attendanceMarks(session: id)
            return try request.page(of: marks)
        }
        v1.post("sessions/{id}/attendance") { request, context in
            let (access, id) = try await readable(context)
            let body = try await request.decode(as: MarkRequest.self, context: context)
            guard let status = AttendanceStatus(rawValue: body.status) else {
                let known = AttendanceStatus.allCases.map(\.rawValue).joined(separator: ", ")
                throw Problem(.unprocessableContent, "status must be one of \(known).")
            }
            return JSONBody(try await access.operations.markAttendance(session: id, marks: [body.delegate: status]))
        }
    }

    private func readable(_ context: ServiceContext) async throws -> (Access, Int) {
        let access = try Access(context, database: database)
        guard let id = context.parameters.get("id", as: Int.self) else {
            throw Problem(.notFound, "A session id is a whole number, e.g. /v1/sessions/12/attendance.")
        }
        try await access.requireSession(id)
        return (access, id)
    }

    struct MarkRequest: Decodable {
        let delegate: String
        let status: String
    }
}
