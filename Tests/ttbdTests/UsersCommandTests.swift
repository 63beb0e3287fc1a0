import Foundation
import TestSupport
import Testing

@Suite("ttbd users on the command line")
struct UsersCommandTests {
    @Test("add accounts of each role and list them as a table and as CSV")
    func addAndList() async throws {
        try await UsersWorld.with { world, _ in
            let staff = try await world.ttbd(
                "users", "add", "lan.nguyen", "--role", "staff", "--name", "Nguyễn Thị Lan")
            #expect(staff.status == 0, "\(staff.text)")
            #expect(staff.standardOutput == "Added staff account lan.nguyen (Nguyễn Thị Lan).")
            let delegate = try await world.ttbd(
                "users", "add", "0102", "--role", "delegate", "--name", "Trần Văn Anh", "--delegate", "0102")
            #expect(delegate.standardOutput == "Added delegate account 0102 (Trần Văn Anh, delegate 0102).")
            let lecturer = try await world.ttbd(
                "users", "add", "hoa.gv", "--role", "lecturer", "--name", "Trần Thị Hoa", "--lecturer", "GV1")
            #expect(lecturer.standardOutput == "Added lecturer account hoa.gv (Trần Thị Hoa, lecturer GV1).")

            let table = try await world.ttbd("users", "list")
            #expect(
                table.standardOutput == """
                    Username    Display name    Role      Delegate  Lecturer
                    0102        Trần Văn Anh    delegate  0102
                    hoa.gv      Trần Thị Hoa    lecturer            GV1
                    lan.nguyen  Nguyễn Thị Lan  staff
                    3 accounts
                    """)
            let csv = try await world.ttbd("users", "list", "--format", "csv")
            #expect(
                csv.standardOutput == """
                    username,display_name,role,delegate,lecturer
                    0102,Trần Văn Anh,delegate,0102,
                    hoa.gv,Trần Thị Hoa,lecturer,,GV1
                    lan.nguyen,Nguyễn Thị Lan,staff,,
                    """)
        }
    }

    @Test("a bad username or role (64), an unknown delegate or a taken username (65) change nothing")
    func refusals() async throws {
        try await UsersWorld.with { world, _ in
            _ = try await world.ttbd("users", "add", "lan", "--role", "staff", "--name", "Nguyễn Thị Lan")
            let before = try await world.digest(UsersWorld.tables)
            let cases: [([String], Int32, String)] = [
                (["Lan.Nguyen", "--role", "staff"], 64, "'Lan.Nguyen' cannot be a username"),
                (["an", "--role", "delegate"], 64, "give --delegate CODE"),
                (["an", "--role", "staff", "--delegate", "0101"], 64, "names no delegate or lecturer"),
                (["an", "--role", "owner"], 64, "--role"),
                (["an", "--role", "delegate", "--delegate", "9999"], 65, "no delegate has the code 9999"),
                (["lan", "--role", "admin"], 65, "the username lan is taken; choose another"),
            ]
            for (arguments, status, words) in cases {
                let result = try await CommandLineTool.run(
                    ["users", "add"] + arguments + ["--name", "Ai đó"], environment: world.environment)
                #expect(result.status == status && result.standardError.contains(words), "\(arguments): \(result.text)")
            }
            #expect(try await world.digest(UsersWorld.tables) == before)
        }
    }
}

@Suite("ttbd users passwd")
struct UsersPasswordCommandTests {
    @Test("a piped password is set as a bcrypt hash that signs in; a short one, a delegate's or none is refused")
    func password() async throws {
        try await UsersWorld.with { world, _ in
            _ = try await world.ttbd("users", "add", "lan", "--role", "staff", "--name", "Nguyễn Thị Lan")
            _ = try await world.ttbd(
                "users", "add", "0102", "--role", "delegate", "--name", "Trần Văn Anh", "--delegate", "0102")
            let set = try await CommandLineTool.run(
                ["users", "passwd", "lan"], environment: world.environment, standardInput: "đủ dài rồi 2026\n")
            #expect(set.status == 0, "\(set.text)")
            #expect(set.standardOutput == "Set the console password of lan; its browsers are signed out.")
            let hash = try await world.value(
                "SELECT bcrypt_hash FROM account_passwords JOIN accounts a ON a.id = account_id WHERE username = 'lan'")
            #expect(hash?.hasPrefix("$2b$12$") == true)

            let before = try await world.digest(["account_passwords", "audit_log"])
            let cases: [([String], String?, Int32, String)] = [
                (["lan"], "ngắn\n", 65, "a password has at least 10 characters"),
                (["lan"], "lan\n", 65, "a password has at least"),
                (["0102"], "đủ dài rồi 2026\n", 65, "is a delegate's account"),
                (["nobody"], "đủ dài rồi 2026\n", 65, "no account has the username nobody"),
                (["lan"], nil, 64, "no password given"),
                ([], "đủ dài rồi 2026\n", 64, "Missing expected argument"),
            ]
            for (arguments, input, status, words) in cases {
                let result = try await CommandLineTool.run(
                    ["users", "passwd"] + arguments, environment: world.environment, standardInput: input)
                #expect(result.status == status && result.standardError.contains(words), "\(arguments): \(result.text)")
            }
            #expect(try await world.digest(["account_passwords", "audit_log"]) == before)
        }
    }
}
