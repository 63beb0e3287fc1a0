public import Foundation

/// An e-mail as RFC 5322 and MIME have it: UTF-8 names and subject as RFC 2047 encoded words, a UTF-8 body in
/// base64, so Vietnamese arrives intact through any server; the Message-ID names the notice, so a receiver can
/// tell a notice sent twice (a worker that died between sending and recording) from two notices.
public struct MailMessage: Sendable, Equatable {
    public var fromAddress: String
    public var fromName: String
    public var toAddress: String
    public var toName: String
    public var subject: String
    public var body: String
    public var messageID: String
    public var date: Date

    public init(
        fromAddress: String, fromName: String, toAddress: String, toName: String, subject: String, body: String,
        messageID: String, date: Date
    ) {
        self.fromAddress = fromAddress
        self.fromName = fromName
        self.toAddress = toAddress
        self.toName = toName
        self.subject = subject
        self.body = body
        self.messageID = messageID
        self.date = date
    }

    /// The message as a sendmail-style program reads it (lines end in LF).
    public var rendered: String {
        let headers = [
            "Date: \(Self.dateFormat.string(from: date))",
            "From: \(Self.encodedWords(fromName)) <\(fromAddress)>",
            "To: \(Self.encodedWords(toName)) <\(toAddress)>",
            "Subject: \(Self.encodedWords(subject))",
            "Message-ID: <\(messageID)>",
            "MIME-Version: 1.0",
            "Content-Type: text/plain; charset=UTF-8",
            "Content-Transfer-Encoding: base64",
        ]
        let encoded = Data(body.utf8).base64EncodedString(options: [.lineLength76Characters, .endLineWithLineFeed])
        return headers.joined(separator: "\n") + "\n\n" + encoded + "\n"
    }

    /// `text` as RFC 2047 encoded words (`=?UTF-8?B?…?=`), each under the 75 characters the RFC allows and
    /// never splitting a character, folded onto continuation lines.
    static func encodedWords(_ text: String) -> String {
        var words: [String] = []
        var chunk = ""
        for character in text {
            // 45 bytes of UTF-8 make 60 of base64, which with the 12 of the markers stays under 75.
            if chunk.utf8.count + String(character).utf8.count > 45 {
                words.append(chunk)
                chunk = ""
            }
            chunk.append(character)
        }
        if !chunk.isEmpty { words.append(chunk) }
        return words.map { "=?UTF-8?B?\(Data($0.utf8).base64EncodedString())?=" }.joined(separator: "\n ")
    }

    private static let dateFormat: DateFormatter = {
        let format = DateFormatter()
        format.locale = Locale(identifier: "en_US_POSIX")
        format.timeZone = TimeZone(identifier: "UTC")
        format.dateFormat = "EEE, dd MMM yyyy HH:mm:ss Z"
        return format
    }()
}
