import Foundation
import Hummingbird
import NIOCore
import PostgresInfrastructure
import TrainingModel

extension Problem {
    /// The problem a failure of a route becomes: refusals and unknown codes keep their message, a database
    /// that cannot be reached is a 503 to retry, and anything else a 500 that shows nothing of its cause.
    /// A store's message is worded in `language` where the catalog has it.
    init(_ error: any Error, language: Language = .english) {
        switch error {
        case let problem as Problem:
            self = problem
        case let store as StoreError where store.code == .notFound:
            self.init(.notFound, Message(verbatim: Self.detail(of: store, in: language)))
        case let store as StoreError where store.code == .refused:
            self.init(.conflict, Message(verbatim: Self.detail(of: store, in: language)))
        case let store as StoreError where store.code == .unavailable:
            self = .unavailable
        case let http as HTTPError:
            self.init(http.status, Message(verbatim: http.body ?? http.status.reasonPhrase))
        case let tooMany as NIOTooManyBytesError:
            if let maxBytes = tooMany.maxBytes {
                self.init(
                    .contentTooLarge,
                    "The request body is larger than this service takes of \(number: maxBytes / 1_048_576) MB; send "
                        + "less at once.")
            } else {
                self.init(.contentTooLarge, "The request body is larger than this service takes; send less at once.")
            }
        case is DecodingError:
            self.init(.badRequest, "The request body is not the JSON this route takes; /openapi.json shows its shape.")
        case _ where DatabaseFailure.isDataException(error):
            self.init(
                .badRequest, "A value in the request is not one the database can hold; check the codes and numbers.")
        case _ where DatabaseFailure.isConnectionFailure(error):
            self = .unavailable
        default:
            self.init(.internalServerError, "Something went wrong on the server; it has been logged. Try again later.")
        }
        self.language = language
    }

    /// A store's message as a sentence for an API client. Its remedy is left out: it names a command-line
    /// step, which means nothing over HTTP.
    static func detail(of error: StoreError, in language: Language) -> String {
        // A store message may repeat what the request sent (a code, a name): never a megabyte of it back.
        let sentence = quoted(error.text(in: language), limit: 2_000)
        guard let first = sentence.first else { return sentence }
        let ending = sentence.last.map { ".!?".contains($0) } == true ? "" : "."
        return first.uppercased() + sentence.dropFirst() + ending
    }

    /// The database cannot be reached: the client should retry shortly.
    static var unavailable: Problem {
        Problem(
            .serviceUnavailable, "The database is unavailable right now. Try again in a few seconds.",
            headers: [.retryAfter: "5"])
    }

    /// The breaker knows the database is down: said apart from a single failed connection, so a client (and a
    /// test) can tell that the service is answering without trying.
    static var databaseDown: Problem {
        Problem(
            .serviceUnavailable,
            "The database is unavailable right now; the service is waiting for it to come back. Try again in a few seconds.",
            headers: [.retryAfter: "5"])
    }
}
