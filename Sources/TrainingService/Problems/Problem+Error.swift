import Foundation
import Hummingbird
import PostgresNIO
import TrainingStore

extension Problem {
    /// The problem a failure of a route becomes: refusals and unknown codes keep their message, a database
    /// that cannot be reached is a 503 to retry, and anything else a 500 that shows nothing of its cause.
    init(_ error: any Error) {
        switch error {
        case let problem as Problem:
            self = problem
        case let store as StoreError where store.code == .notFound:
            self.init(.notFound, store.message)
        case let store as StoreError where store.code == .refused:
            self.init(.conflict, store.message)
        case let store as StoreError where store.code == .unavailable:
            self = .unavailable
        case let http as HTTPError:
            self.init(http.status, http.body ?? http.status.reasonPhrase)
        case is DecodingError:
            self.init(.badRequest, "The request body is not the JSON this route takes; /openapi.json shows its shape.")
        case _ where DatabaseFailure.sqlState(of: error)?.hasPrefix("22") == true:
            // A data exception: text the database cannot hold (a NUL byte), a number out of range.
            self.init(
                .badRequest, "A value in the request is not one the database can hold; check the codes and numbers.")
        case is PSQLError where DatabaseFailure.sqlState(of: error) == nil:
            self = .unavailable
        case _ where String(reflecting: Swift.type(of: error)).hasSuffix("ConnectionPoolError"):
            // The pool's circuit breaker: it has failed to connect for a while and fails requests at once.
            self = .unavailable
        default:
            self.init(.internalServerError, "Something went wrong on the server; it has been logged. Try again later.")
        }
    }

    /// The database cannot be reached: the client should retry shortly.
    static var unavailable: Problem {
        Problem(
            .serviceUnavailable, "The database is unavailable right now. Try again in a few seconds.",
            headers: [.retryAfter: "5"])
    }
}
