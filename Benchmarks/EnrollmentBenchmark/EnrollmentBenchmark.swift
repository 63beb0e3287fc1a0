import Foundation
import PostgresInfrastructure
import Synchronization
import TrainingOperations
import TrainingStore

/// Enrollment under contention, the way staff do it: many clients at once, each enrolling one delegate in one
/// class through ttbd's own path (`TrainingOperations.enroll`: the class and delegate read, the eligibility rules
/// checked, the seat taken by a statement that is its own transaction).
///
/// Usage: enrollment-benchmark DATABASE_URL CLIENTS REQUESTS_FILE
/// REQUESTS_FILE holds one `CLASS,DELEGATE` pair per line; every pair is enrolled once, by whichever client is
/// free. Prints one line of figures: `requests seconds per_second p50_ms p99_ms refused`.
@main
struct EnrollmentBenchmark {
    static func main() async throws {
        let arguments = CommandLine.arguments.dropFirst()
        guard arguments.count == 3, let clients = Int(arguments[arguments.startIndex + 1]), clients > 0 else {
            FileHandle.standardError.write(
                Data("usage: enrollment-benchmark DATABASE_URL CLIENTS REQUESTS_FILE\n".utf8))
            exit(64)
        }
        var settings = try ConnectionSettings(
            url: arguments[arguments.startIndex], environment: ProcessInfo.processInfo.environment)
        settings.maximumConnections = clients
        let requests = try String(contentsOfFile: arguments[arguments.startIndex + 2], encoding: .utf8)
            .split(separator: "\n").map { line in
                let fields = line.split(separator: ",", maxSplits: 1).map(String.init)
                return (classCode: fields[0], delegateCode: fields[1])
            }

        let (elapsed, results) = try await Database.run(settings) { @Sendable database in
            try await enrollConcurrently(requests, clients: clients, on: database)
        }
        let milliseconds = results.latencies.map { $0.seconds * 1000 }.sorted()
        func percentile(_ share: Double) -> Double {
            milliseconds[min(milliseconds.count - 1, Int((share * Double(milliseconds.count)).rounded(.up)) - 1)]
        }
        let seconds = elapsed.seconds
        print(
            String(
                format: "%d %.3f %.1f %.2f %.2f %d", requests.count, seconds, Double(requests.count) / seconds,
                percentile(0.5), percentile(0.99), results.refused))
    }
}

/// What the clients measured: each request's latency, and how many the rules refused.
struct Measurements: Sendable {
    var latencies: [Duration] = []
    var refused = 0
}

/// Runs `clients` tasks that take the next request until none is left, and returns the wall time and what they
/// measured.
func enrollConcurrently(
    _ requests: [(classCode: String, delegateCode: String)], clients: Int, on database: Database
) async throws -> (Duration, Measurements) {
    let next = RequestCounter()
    let clock = ContinuousClock()
    let start = clock.now
    var total = Measurements()
    try await withThrowingTaskGroup(of: Measurements.self) { group in
        for _ in 0..<clients {
            group.addTask {
                var measured = Measurements()
                while true {
                    let index = next.value.add(1, ordering: .relaxed).oldValue
                    guard index < requests.count else { break }
                    let began = clock.now
                    do {
                        _ = try await TrainingOperations(database: database).enroll(
                            classCode: requests[index].classCode, delegateCodes: [requests[index].delegateCode])
                    } catch let error as StoreError where error.code == .refused {
                        measured.refused += 1
                    }
                    measured.latencies.append(clock.now - began)
                }
                return measured
            }
        }
        for try await measured in group {
            total.latencies += measured.latencies
            total.refused += measured.refused
        }
    }
    return (clock.now - start, total)
}

/// The index of the next request, shared by the clients.
final class RequestCounter: Sendable {
    let value = Atomic(0)
}

extension Duration {
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
