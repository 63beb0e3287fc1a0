import Foundation
import PostgresInfrastructure
import TestSupport

/// A real SMTP server (`scripts/peers/smtp-sink.py`, on aiosmtpd) on a loopback port for one test: it keeps what
/// it accepts and can be told to answer every message with an error instead.
struct SMTPSink {
    let folder: TemporaryFolder
    let port: Int

    /// `TTBD_SMTP_URL` and `TTBD_SMTP_FROM` for a ttbd that sends here.
    var environment: [String: String] {
        ["TTBD_SMTP_URL": "smtp://127.0.0.1:\(port)?starttls=off", "TTBD_SMTP_FROM": "daotao@ttbd.test"]
    }

    /// Starts the server, runs `body`, and stops the server whatever `body` does.
    static func with<Result: Sendable>(_ body: (SMTPSink) async throws -> Result) async throws -> Result {
        try await PythonPeer.with("smtp-sink.py") { folder, port in try await body(SMTPSink(folder: folder, port: port))
        }
    }

    /// Answers every message with `reply` (e.g. "550 5.1.1 no such user") until ``accept()``.
    func refuse(with reply: String) throws {
        try reply.write(toFile: "\(folder.path)/refuse", atomically: true, encoding: .utf8)
    }

    func accept() throws {
        try? FileManager.default.removeItem(atPath: "\(folder.path)/refuse")
    }

    /// The files of the messages it accepted.
    var messages: [String] {
        let path = "\(folder.path)/messages"
        return ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).filter { $0.hasSuffix(".eml") }
            .map { "\(path)/\($0)" }.sorted()
    }

    /// Each message received as Python's `email` package reads it (an independent MIME parser): its decoded
    /// subject, To header and text.
    func readMessages() throws -> [(subject: String, to: String, body: String)] {
        try messages.map { path in
            let read = try ChildProcess(
                "/usr/bin/env",
                [
                    "python3", "-c",
                    """
                    import sys; from email import policy; from email.parser import BytesParser
                    m = BytesParser(policy=policy.default).parse(open(sys.argv[1], 'rb'))
                    print(m['subject']); print(m['to']); print(m.get_content())
                    """, path,
                ]
            ).run()
            guard read.status == 0 else { throw PeerError(description: "\(path): \(read.text)") }
            let lines = read.standardOutput.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            return (lines[0], lines.count > 1 ? lines[1] : "", lines.dropFirst(2).joined(separator: "\n"))
        }
    }

    /// The Message-ID of each message received, as often as it was received.
    func messageIDs() throws -> [String] {
        try messages.compactMap { path in
            try String(contentsOfFile: path, encoding: .utf8).split(whereSeparator: \.isNewline)
                .first { $0.lowercased().hasPrefix("message-id:") }
                .map { $0.dropFirst("message-id:".count).trimmingCharacters(in: .whitespaces) }
        }
    }
}
