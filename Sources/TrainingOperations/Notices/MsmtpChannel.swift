public import Foundation
public import PostgresInfrastructure
public import TrainingModel

/// E-mail through `msmtp` (Debian's package of the same name), a maintained SMTP client with STARTTLS, TLS
/// and AUTH: each message is one run of it, its settings in a file only this user can read, so the password
/// never shows on a command line.
public struct MsmtpChannel: NoticeChannel {
    let settings: SMTPSettings
    let sender: MailSender
    let program: String

    public init(settings: SMTPSettings, sender: MailSender, environment: [String: String]) throws(StoreError) {
        guard let program = ChildProcess.find("msmtp", environment: environment) else {
            throw StoreError(
                .unavailable, "msmtp, which sends ttbd's e-mail, is not installed; install the Debian package msmtp")
        }
        self.settings = settings
        self.sender = sender
        self.program = program
    }

    /// The notice as an e-mail from `sender`; its Message-ID names the notice.
    public func send(_ notice: PendingNotice, saying text: NoticeText, at now: Date) async -> DeliveryOutcome {
        guard let address = notice.recipient.email else {
            return .undeliverable("delegate \(notice.recipient.code) has no e-mail address")
        }
        let domain = sender.address.split(separator: "@").last.map(String.init) ?? "ttbd"
        return await send(
            MailMessage(
                fromAddress: sender.address, fromName: sender.name, toAddress: address, toName: notice.recipient.name,
                subject: text.subject, body: text.body, messageID: "ttbd-notice-\(notice.id)@\(domain)", date: now))
    }

    func send(_ message: MailMessage) async -> DeliveryOutcome {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ttbd-mail-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        do {
            try FileManager.default.createDirectory(
                at: folder, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
            let configuration = folder.appendingPathComponent("msmtprc").path
            let mail = folder.appendingPathComponent("message.eml").path
            guard
                FileManager.default.createFile(
                    atPath: configuration, contents: Data(Self.configurationText(settings).utf8),
                    attributes: [.posixPermissions: 0o600]),
                FileManager.default.createFile(atPath: mail, contents: Data(message.rendered.utf8))
            else { return .retryLater("cannot write the message in \(folder.path)") }
            let process = ChildProcess(
                program, ["--file=\(configuration)", "--", message.toAddress], input: mail)
            let output = try await offCooperativePool { try process.run() }
            return Self.outcome(status: output.status, said: output.standardError)
        } catch {
            return .retryLater("\(error)")
        }
    }

    /// msmtp's exit status says little (69 for both "550 no such user" and "451 try later"); the server's reply,
    /// which it prints, says whether trying again can help.
    static func outcome(status: Int32, said: String) -> DeliveryOutcome {
        if status == 0 { return .delivered }
        let reason = said.split(separator: "\n").map(String.init).filter { !$0.contains("could not send mail") }
            .joined(separator: "; ")
        if let reply = said.firstMatch(of: /server message: ([245])[0-9][0-9]/), reply.1 == "5" {
            return .undeliverable(reason)
        }
        return .retryLater(reason.isEmpty ? "msmtp exited with \(status)" : reason)
    }

    /// The msmtp configuration file for `settings`.
    static func configurationText(_ settings: SMTPSettings) -> String {
        var lines = [
            "account ttbd", "host \(settings.host)", "port \(settings.port)", "from \(settings.from)",
            "tls \(settings.security == .none ? "off" : "on")",
            "tls_starttls \(settings.security == .startTLS ? "on" : "off")", "tls_trust_file system",
            "auth \(settings.user == nil ? "off" : "on")",
        ]
        if let user = settings.user { lines.append("user \(quoted(user))") }
        if let password = settings.password { lines.append("password \(quoted(password))") }
        return (lines + ["account default : ttbd"]).joined(separator: "\n") + "\n"
    }

    /// A value of msmtp's configuration in double quotes, so spaces and `#` stay part of it.
    private static func quoted(_ value: String) -> String {
        "\"" + value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
