import Hummingbird
import NIOCore
import PostgresInfrastructure
import PrintedPages

/// `GET /sessions/{id}/sheet`: the printable sign-in sheet of a session (A4, a line to sign per delegate), the
/// very page `ttbd attendance sheet` writes. Its style is inline so that the page prints alone; its
/// Content-Security-Policy allows that one style by its hash, and nothing else inline.
struct SignInSheetPage {
    let database: Database

    static let contentSecurityPolicy =
        "default-src 'none'; style-src \(HTMLPage.source(ofInlineStyle: AttendanceSheetPage.style)); "
        + "form-action 'none'; frame-ancestors 'none'; base-uri 'none'"

    func add(to group: RouterGroup<ServiceContext>) {
        group.get("sessions/{id}/sheet") { _, context in
            let (access, id) = try await Access.toSession(context, database: database)
            let (header, delegates) = try await access.database.attendance.attendanceSheet(session: id)
            return Response(
                status: .ok,
                headers: [
                    .contentType: "text/html; charset=utf-8", .contentSecurityPolicy: Self.contentSecurityPolicy,
                ],
                body: .init(
                    byteBuffer: ByteBuffer(
                        string: AttendanceSheetPage(session: header, delegates: delegates).render())))
        }
    }
}
