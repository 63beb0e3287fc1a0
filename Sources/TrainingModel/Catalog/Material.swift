/// Tài liệu: a handbook, slides, a link or a file that modules point to.
public struct Material: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        case handbook
        case slides
        case link
        case file
        case video
    }

    /// Where the material is: a URL, or a file whose SHA-256 says it is the file the catalog meant.
    public enum Location: Hashable, Sendable {
        case url(String)
        /// A path relative to the catalog folder, and the lowercase hexadecimal SHA-256 of its bytes.
        case file(path: String, sha256: String)
    }

    public var code: String
    public var title: String
    public var kind: Kind
    public var location: Location

    public init(code: String, title: String, kind: Kind, location: Location) {
        self.code = code
        self.title = title
        self.kind = kind
        self.location = location
    }
}
