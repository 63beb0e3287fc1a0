public import TrainingModel

/// The files a learning platform's upload tools take for one class, and who could not go in them.
public struct PlatformExport: Sendable, Hashable {
    public var files: [PlatformFile]
    /// People the platform cannot create: Moodle refuses a new user without an e-mail address.
    public var withoutEmail: [PlatformMember]
}

/// One file of an export: its name in the output folder and its UTF-8 text, without a byte-order mark (the
/// upload tools read the first header as written, and Moodle's flat file has no header to protect).
public struct PlatformFile: Sendable, Hashable {
    public var name: String
    public var text: String

    /// A CSV file: the header, then a line per row, each quoted as RFC 4180 says.
    init(csv name: String, header: [String], rows: [[String]]) {
        self.name = name
        text = ([header] + rows).map { CSVWriter.line($0) + "\n" }.joined()
    }

    init(name: String, text: String) {
        self.name = name
        self.text = text
    }
}
