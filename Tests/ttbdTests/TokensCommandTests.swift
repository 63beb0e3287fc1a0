import Foundation
import TestSupport
import Testing
import TrainingStore

@Suite("ttbd tokens on the command line")
struct TokensCommandTests {
    @Test("a token issued to an account is printed once and opens it; revoking closes it")
    func issueAndRevoke() async throws {
        try await UsersWorld.with { world, _ in
            _ = try await world.ttbd("users", "add", "lan", "--role", "staff", "--name", "Nguyễn Thị Lan")
            let api = try await world.ttbd("tokens", "issue", "lan", "--expires", "2099-01-01")
            #expect(api.status == 0, "\(api.text)")
            #expect(api.standardOutput.hasPrefix("ttbd_") && api.standardOutput.count == 48)
            #expect(
                api.standardError == "Issued an api token to lan, valid until 2099-01-01; it is shown only this once.")
            let feed = try await world.ttbd("tokens", "issue", "lan", "--purpose", "calendar")
            #expect(feed.standardOutput.hasPrefix("ttbdcal_"))
            let opened = try await UsersWorld.account(presenting: api.standardOutput, purpose: .api, in: world)
            #expect(opened?.username == "lan" && opened?.role == .staff)

            let revoked = try await world.ttbd("tokens", "revoke", "lan", "--purpose", "api")
            #expect(revoked.standardOutput == "Revoked 1 token of lan.")
            #expect(try await UsersWorld.account(presenting: api.standardOutput, purpose: .api, in: world) == nil)
            #expect(
                try await UsersWorld.account(presenting: feed.standardOutput, purpose: .calendarFeed, in: world) != nil)
            #expect(try await world.ttbd("tokens", "revoke", "lan").standardOutput == "Revoked 1 token of lan.")
        }
    }

    @Test("--delegates writes one row per matching delegate to a new file only its owner can read")
    func delegatesFile() async throws {
        try await UsersWorld.with { world, _ in
            let folder = try TemporaryFolder()
            defer { folder.remove() }
            let path = "\(folder.path)/tokens.csv"
            let issued = try await world.ttbd(
                "tokens", "issue", "--delegates", "--where", "province=79,first-time", "--output", path)
            #expect(issued.status == 0, "\(issued.text)")
            #expect(
                issued.standardOutput
                    == "Issued an api and a calendar token to 3 delegates into \(path), the only copy: "
                    + "hand each row to its delegate, then delete the file.")
            let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
            #expect(mode == 0o600)
            let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map(String.init)
            #expect(lines.first == "code,full_name,token,feed_path")
            let rows = lines.dropFirst().map { $0.split(separator: ",").map(String.init) }
            #expect(
                rows.map { [$0[0], $0[1]] } == [
                    ["7901", "Đặng Văn Em"], ["7902", "Võ Thị Giang"], ["QH01", "Hoàng Văn Hải"],
                ])
            for row in rows {
                let account = try await UsersWorld.account(presenting: row[2], purpose: .api, in: world)
                #expect(account?.delegateCode == row[0] && account?.username == row[0].lowercased())
                #expect(row[3].hasPrefix("/v1/calendar/ttbdcal_") && row[3].hasSuffix(".ics"))
                let feed = String(row[3].dropFirst("/v1/calendar/".count).dropLast(".ics".count))
                #expect(try await UsersWorld.account(presenting: feed, purpose: .calendarFeed, in: world) == account)
            }

            let nobody = try await world.ttbd(
                "tokens", "issue", "--delegates", "--where", "province=48", "--output", "\(folder.path)/none.csv")
            #expect(
                nobody.standardOutput
                    == "No delegate matches; no token was issued and \(folder.path)/none.csv was not written.")
            #expect(!FileManager.default.fileExists(atPath: "\(folder.path)/none.csv"))

            let before = try await world.digest(UsersWorld.tables)
            let again = try await world.ttbd(
                "tokens", "issue", "--delegates", "--where", "province=79", "--output", path)
            #expect(again.status == 64, "\(again.text)")
            #expect(again.standardError == "cannot create \(path): it exists; tokens are written once, to a new file")
            #expect(try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").count == 4)
            #expect(try await world.digest(UsersWorld.tables) == before)
        }
    }

    @Test("bad options (64), an unknown account, a past expiry or a taken username (65) write nothing")
    func refusals() async throws {
        try await UsersWorld.with { world, _ in
            _ = try await world.ttbd("users", "add", "qh01", "--role", "staff", "--name", "Người khác")
            let folder = try TemporaryFolder()
            defer { folder.remove() }
            let path = "\(folder.path)/tokens.csv"
            let before = try await world.digest(UsersWorld.tables)
            let cases: [([String], Int32, String)] = [
                (
                    ["--delegates", "--where", "province=79,tall", "--output", path], 64,
                    "--where: 'tall' is not a criterion"
                ),
                (["--delegates", "--where", "province=79"], 64, "--delegates needs --output FILE"),
                (["qh01", "--delegates", "--output", path], 64, "leave out USERNAME and --purpose"),
                (["qh01", "--expires", "soon"], 64, "--expires 'soon' is not a day"),
                (["qh01", "--purpose", "email"], 64, "--purpose"),
                (["qh01", "--where", "province=79"], 64, "--where and --output go with --delegates"),
                ([], 64, "name the account (USERNAME), or give --delegates"),
                (["nobody"], 65, "no account has the username nobody"),
                (["qh01", "--expires", "2020-01-01"], 65, "already past; give a later --expires"),
                (["--delegates", "--where", "province=79", "--output", path], 65, "qh01 (QH01)"),
            ]
            for (arguments, status, words) in cases {
                let result = try await CommandLineTool.run(
                    ["tokens", "issue"] + arguments, environment: world.environment)
                #expect(result.status == status && result.standardError.contains(words), "\(arguments): \(result.text)")
                #expect(result.standardOutput.isEmpty)
            }
            let revoke = try await world.ttbd("tokens", "revoke", "nobody")
            #expect(revoke.status == 65)
            #expect(!FileManager.default.fileExists(atPath: path))
            #expect(try await world.digest(UsersWorld.tables) == before)
        }
    }
}
