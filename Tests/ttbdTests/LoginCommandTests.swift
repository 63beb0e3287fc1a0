import Foundation
import TestSupport
import Testing
import TrainingOperations

/// `ttbd login` and `ttbd logout` against a real `ttbd serve` (``MeFixture``).
@Suite("ttbd login and logout")
struct LoginCommandTests {
    @Test("a piped token is checked with the service, who it is said, and it is saved readable only by the owner")
    func login() async throws {
        try await MeFixture.with { fixture in
            let loggedIn = try await fixture.login(fixture.apiToken)
            #expect(loggedIn.status == 0, "\(loggedIn.text)")
            #expect(
                loggedIn.standardOutput == """
                    Logged in to \(fixture.service.url) as 0101 (Nguyễn Văn An, delegate 0101).
                    Saved the token in \(fixture.credentialsPath) (readable only by you); `ttbd logout` removes it.
                    """)
            let saved = try JSONSerialization.jsonObject(
                with: Data(contentsOf: URL(fileURLWithPath: fixture.credentialsPath)))
            #expect(saved as? [String: String] == ["server": fixture.service.url, "token": fixture.apiToken])
            #expect(try Self.mode(fixture.credentialsPath) == 0o600)
            #expect(try Self.mode("\(fixture.config.path)/ttbd") == 0o700)
        }
    }

    @Test("a wrong token is refused with exit 77, what to do, and nothing saved")
    func wrongToken() async throws {
        try await MeFixture.with { fixture in
            let refused = try await fixture.login("ttbd_" + String(repeating: "A", count: 43))
            #expect(refused.status == 77)
            #expect(
                refused.standardError
                    == "the ttbd service at \(fixture.service.url) does not accept your token (wrong, "
                    + "revoked or expired): run `ttbd login --server \(fixture.service.url)` with a new token from the center"
            )
            #expect(!FileManager.default.fileExists(atPath: fixture.credentialsPath))
        }
    }

    @Test("a revoked token is refused the same way")
    func revokedToken() async throws {
        try await MeFixture.with { fixture in
            _ = try await fixture.world.database.run {
                try await TrainingOperations(database: $0).revokeTokens(username: "0101", purpose: .api)
            }
            let refused = try await fixture.login(fixture.apiToken)
            #expect(refused.status == 77)
            #expect(refused.standardError.contains("does not accept your token"))
        }
    }

    @Test("a server that does not answer is unavailable (69), naming the address tried")
    func serverDown() async throws {
        try await MeFixture.with { fixture in
            let nowhere = "http://127.0.0.1:\(try MeService.freePort())"
            let down = try await fixture.login(fixture.apiToken, server: nowhere)
            #expect(down.status == 69)
            #expect(
                down.standardError
                    == "cannot reach the ttbd service at \(nowhere): nothing answers there (connection refused); "
                    + "is the address right and the service running?")
            #expect(!FileManager.default.fileExists(atPath: fixture.credentialsPath))
        }
    }

    @Test("no token on standard input, or an address that is not http(s), is a usage error (64)")
    func usage() async throws {
        try await MeFixture.with { fixture in
            let empty = try await fixture.ttbd("login", "--server", fixture.service.url)
            #expect(empty.status == 64)
            #expect(
                empty.standardError
                    == "no token given: paste the token the training center gave you, or pipe it on standard input")
            let ftp = try await fixture.login(fixture.apiToken, server: "ftp://127.0.0.1")
            #expect(ftp.status == 64)
            #expect(ftp.standardError.hasPrefix("'ftp://127.0.0.1' is not the address of a ttbd service"))
        }
    }

    @Test("logout removes the saved token; after it the delegate commands say how to log in")
    func logout() async throws {
        try await MeFixture.with { fixture in
            #expect(try await fixture.login(fixture.apiToken).status == 0)
            let loggedOut = try await fixture.ttbd("logout")
            #expect(loggedOut.status == 0, "\(loggedOut.text)")
            #expect(
                loggedOut.standardOutput == "Logged out of \(fixture.service.url): removed \(fixture.credentialsPath).")
            #expect(!FileManager.default.fileExists(atPath: fixture.credentialsPath))
            let again = try await fixture.ttbd("logout")
            #expect(again.standardOutput == "Not logged in: nothing to remove.")
            let schedule = try await fixture.ttbd("me", "schedule")
            #expect(schedule.status == 64)
            #expect(
                schedule.standardError
                    == "not logged in: run `ttbd login --server URL` with the address and the token the training "
                    + "center gave you (or set TTBD_SERVER and TTBD_TOKEN)")
        }
    }

    static func mode(_ path: String) throws -> Int {
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        return (attributes[.posixPermissions] as? Int ?? -1) & 0o777
    }
}
