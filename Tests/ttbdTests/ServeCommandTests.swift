import Foundation
import FoundationNetworking
import TestSupport
import Testing

/// `ttbd serve`'s own command line: a port out of range is a usage error, a port another program holds is
/// exit 69 with what to do (70 and "internal error" before), and HEAD is answered on GET routes.
@Suite("ttbd serve on the command line")
struct ServeCommandTests {
    @Test("--port 99999 is refused with exit 64")
    func portOutOfRange() async throws {
        let output = try await CommandLineTool.run(["serve", "--port", "99999"])
        #expect(output.status == 64, "\(output.text)")
        #expect(output.standardError.contains("0 to 65535"), "\(output.text)")
    }

    @Test("a port another program listens on is exit 69 naming it; HEAD answers as GET without a body")
    func portTakenAndHead() async throws {
        try await TestDatabase.with { database in
            try await MeService.with(database: database) { service in
                let port = try #require(URL(string: service.url)?.port)
                let second = try await CommandLineTool.run(
                    ["serve", "--port", String(port), "--no-jobs"], environment: ["DATABASE_URL": database.url],
                    killAfter: 30)
                #expect(second.status == 69, "\(second.text)")
                #expect(second.standardError.contains("already listens on 127.0.0.1 port \(port)"), "\(second.text)")

                var request = URLRequest(url: URL(string: "\(service.url)/health")!)
                request.httpMethod = "HEAD"
                let (data, response) = try await URLSession.shared.data(for: request)
                #expect((response as? HTTPURLResponse)?.statusCode == 200)
                #expect(data.isEmpty)
                request.url = URL(string: "\(service.url)/v1/calendar/ttbdcal_unknown.ics")!
                let (_, missing) = try await URLSession.shared.data(for: request)
                #expect((missing as? HTTPURLResponse)?.statusCode == 404)
            }
        }
    }
}
