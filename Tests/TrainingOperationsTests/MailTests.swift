import Foundation
import PostgresInfrastructure
import Testing
import TrainingModel

@testable import TrainingOperations

/// The parts of e-mail delivery that need no server: the SMTP address, RFC 2047 subjects, and what msmtp's
/// answers mean for retrying.
@Suite("E-mail without a server")
struct MailTests {
    @Test("TTBD_SMTP_URL: STARTTLS by default, TLS for smtps, AUTH with a user, and clear refusals")
    func settings() throws {
        let plain = try SMTPSettings(url: "smtp://mail.example.vn", from: "daotao@example.vn")
        #expect(plain.port == 587 && plain.security == .startTLS && plain.user == nil)
        let tls = try SMTPSettings(url: "smtps://ttbd:m%E1%BA%ADt%40kh%E1%BA%A9u@mail.example.vn", from: "a@b.vn")
        #expect(tls.port == 465 && tls.security == .tls && tls.user == "ttbd" && tls.password == "mật@khẩu")
        let local = try SMTPSettings(url: "smtp://127.0.0.1:2525?starttls=off", from: "a@b.vn")
        #expect(local.port == 2525 && local.security == SMTPSettings.Security.none)
        #expect(MsmtpChannel.configurationText(tls).contains("password \"mật@khẩu\""))
        #expect(MsmtpChannel.configurationText(local).contains("tls off"))
        for (url, from) in [
            ("http://mail.example.vn", "a@b.vn"), ("smtp://", "a@b.vn"),
            ("smtp://mail.example.vn?starttls=maybe", "a@b.vn"), ("smtp://mail.example.vn", "daotao"),
        ] {
            #expect(throws: StoreError.self, "\(url) from \(from)") { try SMTPSettings(url: url, from: from) }
        }
        #expect(try SMTPSettings.from(environment: [:]) == nil)
    }

    @Test("a long Vietnamese subject becomes encoded words of at most 75 characters that decode back")
    func encodedWords() throws {
        let subject =
            "Nhắc lịch học: Kỹ năng giám sát, chất vấn và giải trình của đại biểu Hội đồng nhân dân ngày 01/03/2027"
        let folded = MailMessage.encodedWords(subject)
        let words = folded.split(separator: "\n ").map(String.init)
        #expect(words.count > 1)
        var decoded = ""
        for word in words {
            #expect(word.count <= 75, "\(word)")
            let base64 = try #require(word.firstMatch(of: /^=\?UTF-8\?B\?(.*)\?=$/)?.1)
            decoded += String(decoding: try #require(Data(base64Encoded: String(base64))), as: UTF8.self)
        }
        #expect(decoded == subject)
    }

    @Test("msmtp's answers: 5xx fails for good, 4xx and no server are tried again")
    func outcomes() {
        #expect(MsmtpChannel.outcome(status: 0, said: "") == .delivered)
        let refused =
            "msmtp: the server did not accept the mail\nmsmtp: server message: 550 5.1.1 no such user\n"
            + "msmtp: could not send mail"
        #expect(
            MsmtpChannel.outcome(status: 69, said: refused)
                == .undeliverable(
                    "msmtp: the server did not accept the mail; msmtp: server message: 550 5.1.1 no such user"))
        guard case .retryLater = MsmtpChannel.outcome(status: 69, said: "msmtp: server message: 451 4.3.0 later")
        else { Issue.record("a 451 is worth another try"); return }
        guard case .retryLater = MsmtpChannel.outcome(status: 75, said: "msmtp: cannot connect to 127.0.0.1, port 1")
        else { Issue.record("an unreachable server is worth another try"); return }
    }
}
