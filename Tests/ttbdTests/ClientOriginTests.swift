import Foundation
import TestSupport
import Testing

/// The token `ttbd login` and `ttbd me` carry goes to the service's own origin only: a redirect elsewhere is
/// not followed, and plain http to another machine needs --insecure.
@Suite("Where the delegate's token may go")
struct ClientOriginTests {
    @Test("a redirect to another origin is refused and the token never arrives there")
    func redirectElsewhere() async throws {
        try await PythonPeer.with("redirector.py") { folder, port in
            let config = try TemporaryFolder()
            defer { config.remove() }
            let output = try await CommandLineTool.run(
                ["me", "materials"],
                environment: [
                    "TTBD_SERVER": "http://127.0.0.1:\(port)", "TTBD_TOKEN": "ttbd_secret-of-the-delegate",
                    "XDG_CONFIG_HOME": config.path,
                ])
            #expect(output.status != 0, "\(output.text)")
            #expect(output.standardError.contains("another address"), "\(output.text)")
            let caught = (try? String(contentsOfFile: "\(folder.path)/caught", encoding: .utf8)) ?? ""
            #expect(!caught.contains("ttbd_secret"), "the token reached the other origin")
            #expect(caught.isEmpty, "the redirect was followed")
        }
    }

    @Test("plain http to another machine is refused (64) unless --insecure; loopback is fine")
    func plainHTTP() async throws {
        let config = try TemporaryFolder()
        defer { config.remove() }
        let environment = ["TTBD_TOKEN": "ttbd_x", "XDG_CONFIG_HOME": config.path]
        let refused = try await CommandLineTool.run(
            ["me", "schedule", "--server", "http://training.example.vn"], environment: environment)
        #expect(refused.status == 64, "\(refused.text)")
        #expect(refused.standardError.contains("https://"), "\(refused.text)")
        let login = try await CommandLineTool.run(
            ["login", "--server", "http://training.example.vn"], environment: environment)
        #expect(login.status == 64, "\(login.text)")
        let allowed = try await CommandLineTool.run(
            ["me", "schedule", "--server", "http://192.0.2.1:9", "--insecure"],
            environment: environment, killAfter: 40)
        #expect(allowed.status != 64, "--insecure lets it try: \(allowed.text)")
    }
}
