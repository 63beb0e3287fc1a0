import Foundation

/// libpq's password file (`~/.pgpass`, or `$PGPASSFILE`): lines of `host:port:database:user:password`, each field
/// `*` for any, `\:` and `\\` escaped; the first line that matches gives the password. As libpq does, a file
/// that others may read is ignored, so a password in it is not used by accident.
struct PasswordFile {
    let lines: [[String]]

    /// The file the environment names, or nil when there is none (or it is not private to its owner).
    init?(environment: [String: String]) {
        let path =
            environment["PGPASSFILE"].flatMap { $0.isEmpty ? nil : $0 }
            ?? environment["HOME"].map { "\($0)/.pgpass" }
        guard let path,
            let attributes = try? FileManager.default.attributesOfItem(atPath: path),
            let permissions = attributes[.posixPermissions] as? Int, permissions & 0o077 == 0,
            let text = try? String(contentsOfFile: path, encoding: .utf8)
        else { return nil }
        lines = text.split(whereSeparator: \.isNewline).filter { !$0.hasPrefix("#") }.compactMap(Self.fields)
    }

    /// The password for a connection: `host` is the host name, or for a socket "localhost" or its folder.
    func password(hosts: [String], port: Int, database: String, username: String) -> String? {
        func matches(_ field: String, _ values: [String]) -> Bool { field == "*" || values.contains(field) }
        return lines.first {
            matches($0[0], hosts) && matches($0[1], [String(port)]) && matches($0[2], [database])
                && matches($0[3], [username])
        }?[4]
    }

    /// The five fields of a line, unescaped; nil for a line with fewer.
    private static func fields(of line: Substring) -> [String]? {
        var fields = [""]
        var escaped = false
        for character in line {
            if escaped {
                fields[fields.count - 1].append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == ":" && fields.count < 5 {
                fields.append("")
            } else {
                fields[fields.count - 1].append(character)
            }
        }
        return fields.count == 5 ? fields : nil
    }
}
