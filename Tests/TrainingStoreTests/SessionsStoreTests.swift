import PostgresInfrastructure
import PostgresNIO
import TestSupport
import Testing
import TrainingModel
import TrainingOperations
import TrainingStore

@Suite("hand-made sessions in the store")
struct SessionsStoreTests {
    @Test("concurrent adds for one room: exactly one wins, each other is refused naming it")
    func concurrentRoom() async throws {
        try await TestDatabase.with { database in
            try await database.run { pool in
                _ = try await Fixture.insert(into: pool.client)
                let requests = (0..<8).map { number in
                    SessionRequest(
                        classCode: "B-HN-01", cohortCode: number.isMultiple(of: 2) ? "N1" : "N2", moduleCode: "B01",
                        date: CalendarDate(year: 2026, month: 5, day: 4)!, times: .halfDay(.morning), roomCode: "P1")
                }
                let outcomes = await withTaskGroup(of: Result<SessionRecord, any Error>.self) { group in
                    for request in requests {
                        group.addTask {
                            do {
                                return .success(try await TrainingOperations(database: pool).addSession(request))
                            } catch { return .failure(error) }
                        }
                    }
                    return await group.reduce(into: []) { $0.append($1) }
                }
                let winners = outcomes.compactMap { try? $0.get() }
                #expect(winners.count == 1)
                let winner = try #require(winners.first)
                for case .failure(let error) in outcomes {
                    let refusal = try #require(error as? StoreError)
                    #expect(refusal.code == .refused)
                    #expect(
                        refusal.message
                            == "double booking: room HN/P1 is already taken on 2026-05-04 07:30–11:30 by \(winner.summary)"
                    )
                }
                let count = try await pool.client.query(
                    "SELECT count(*)::int FROM sessions", logger: TestCluster.logger
                )
                .collect().first?.decode(Int.self)
                #expect(count == 1)
            }
        }
    }
}
