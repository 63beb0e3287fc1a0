import Foundation

/// `Content-Disposition: attachment` naming a file in Vietnamese (RFC 6266 and 5987): `filename*` carries the
/// UTF-8 name, `filename` an ASCII one for clients that know no better ("Tài liệu.pdf" → "Tai lieu.pdf").
enum ContentDisposition {
    static func attachment(named name: String) -> String {
        "attachment; filename=\"\(asciiFallback(name))\"; filename*=UTF-8''\(percentEncoded(name))"
    }

    static func asciiFallback(_ name: String) -> String {
        let folded = name.replacingOccurrences(of: "đ", with: "d").replacingOccurrences(of: "Đ", with: "D")
            .folding(options: .diacriticInsensitive, locale: Locale(identifier: "vi_VN"))
        return String(
            folded.unicodeScalars.map { scalar in
                scalar.isASCII && scalar.value >= 0x20 && scalar != "\"" && scalar != "\\" ? Character(scalar) : "_"
            })
    }

    /// RFC 5987's attr-char kept, every other byte of the UTF-8 as %XX.
    static func percentEncoded(_ name: String) -> String {
        let kept = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!#$&+-.^_`|~".utf8)
        return name.precomposedStringWithCanonicalMapping.utf8.map {
            kept.contains($0) ? String(UnicodeScalar($0)) : String(format: "%%%02X", $0)
        }.joined()
    }

    /// The media type of a file by its extension; bytes otherwise.
    static func mediaType(ofFileNamed name: String) -> String {
        switch (name as NSString).pathExtension.lowercased() {
        case "pdf": "application/pdf"
        case "csv": "text/csv; charset=utf-8"
        case "txt", "md": "text/plain; charset=utf-8"
        case "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        case "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        case "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation"
        case "doc": "application/msword"
        case "xls": "application/vnd.ms-excel"
        case "ppt": "application/vnd.ms-powerpoint"
        case "mp4": "video/mp4"
        case "zip": "application/zip"
        case "png": "image/png"
        case "jpg", "jpeg": "image/jpeg"
        default: "application/octet-stream"
        }
    }
}
