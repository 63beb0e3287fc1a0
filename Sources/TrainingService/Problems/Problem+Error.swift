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
            self.init(.notFound, Self.detail(of: store))
        case let store as StoreError where store.code == .refused:
            self.init(.conflict, Self.detail(of: store))
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

    /// A store's message as a sentence for an API client: the clauses that name a `ttbd` command are left out,
    /// since they help at the command line and mean nothing over HTTP.
    static func detail(of error: StoreError) -> String {
        let kept = error.message.components(separatedBy: "; ").filter { !$0.contains("`ttbd") }
        let sentence = kept.joined(separator: "; ")
        guard let first = sentence.first else { return error.message }
        let ending = sentence.last.map { ".!?".contains($0) } == true ? "" : "."
        return first.uppercased() + sentence.dropFirst() + ending
    }

    /// The database cannot be reached: the client should retry shortly.
    static var unavailable: Problem {
        Problem(
            .serviceUnavailable, "The database is unavailable right now. Try again in a few seconds.",
            headers: [.retryAfter: "5"])
    }
}
