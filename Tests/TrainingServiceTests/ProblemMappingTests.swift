import PostgresInfrastructure
import Testing
import TrainingModel

@testable import TrainingService

/// The store's errors as API problems: a refusal keeps its sentence, and no command-line remedy reaches an
/// HTTP client.
@Suite("Store errors as problems")
struct ProblemMappingTests {
    @Test("an unknown code is a 404 whose detail is the store's sentence, without its remedy")
    func notFound() {
        let problem = Problem(StoreError(.notFound, "no class has the code \("B-HN-99")", remedy: .listClasses))
        #expect(problem.status == .notFound)
        #expect(problem.detail == "No class has the code B-HN-99.")
    }

    @Test("a refusal is a 409 whose detail names what is in the way")
    func refused() {
        let problem = Problem(StoreError(.refused, "delegate \("0101") already has an account", remedy: .listAccounts))
        #expect(problem.status == .conflict)
        #expect(problem.detail == "Delegate 0101 already has an account.")
    }

    @Test("a database that does not answer is a 503 to retry")
    func unavailable() {
        let problem = Problem(StoreError(.unavailable, "the database did not answer within 2 seconds"))
        #expect(problem.status == .serviceUnavailable)
        #expect(problem.headers[.retryAfter] == "5")
    }
}
