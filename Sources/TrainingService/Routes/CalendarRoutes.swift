import Foundation
import Hummingbird
import PostgresInfrastructure
import TrainingModel
import TrainingStore

/// `/v1/calendar/{feedToken}.ics`: a delegate's sessions for calendar apps, opened by the secret in the URL
/// since such apps send no headers. Guessing feed tokens counts as failed authentication. An unchanged feed is
/// answered 304 (`ETag`, `Last-Modified`).
struct CalendarRoutes {
    let database: Database
    /// Where the feed may be read instead of the primary.
    let replicas: ReadReplicas?
    let limiter: FailureLimiter
    let proxies: [AddressRange]
    let now: @Sendable () -> Date

    func add(to router: Router<ServiceContext>) {
        router.get("v1/calendar/{feedToken}.ics") { request, context in
            let token = try context.parameters.require("feedToken")
            let client = proxies.client(peer: context.remoteAddress, forwardedFor: request.headers[.xForwardedFor])
            guard
                let presented = try await limiter.authenticate(
                    client: client, token: token,
                    {
                        try await database.accounts.presented(token, purpose: .calendarFeed, now: now())
                    }),
                let delegateID = presented.account.delegateID, let revision = presented.revision
            else {
                throw Problem(
                    .notFound, "No calendar has this address; ask the training center for your calendar link.")
            }
            context.authenticatedUser.record(presented.account.username)
            // Phones poll feeds every few minutes: an unchanged one costs the token's row, not the timetable (on a
            // replica, its revision too).
            let stamp = now()
            let read: @Sendable (Database, DelegateRevision) async throws -> Response = { database, revision in
                let language = request.calendarLanguage
                return try await request.conditional(
                    on: revision, representation: language == .vietnamese ? "ics" : "ics-\(language.rawValue)",
                    cacheControl: "private"
                ) {
                    ICalendarBody(
                        sessions: try await database.accounts.calendarSessions(delegateID: delegateID), stamp: stamp,
                        language: language
                    )
                    .response()
                }
            }
            guard let replicas else { return try await read(database, revision) }
            return try await replicas.reading(delegateID: delegateID, revision: revision, read)
        }
    }
}
