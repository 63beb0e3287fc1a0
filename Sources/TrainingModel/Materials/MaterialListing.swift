/// A material as `materials list` shows it, with the module it is linked to and, when listed for a class or
/// a delegate, the class.
public struct MaterialListing: Sendable, Codable {
    public var classCode: String?
    public var moduleCode: String?
    /// What `/v1/me/materials/{id}/content` names it by.
    public var id: Int
    public var code: String
    public var title: String
    /// handbook, slides, link, file or video.
    public var kind: String
    public var url: String?
    public var filePath: String?
    public var sha256: String?

    public init(
        classCode: String?, moduleCode: String?, id: Int, code: String, title: String, kind: String, url: String?,
        filePath: String?, sha256: String?
    ) {
        self.classCode = classCode
        self.moduleCode = moduleCode
        self.id = id
        self.code = code
        self.title = title
        self.kind = kind
        self.url = url
        self.filePath = filePath
        self.sha256 = sha256
    }
}

/// Which materials a list shows.
public enum MaterialFilter: Sendable {
    case all
    case module(String)
    case trainingClass(String)
    /// The materials of the classes the delegate is seated in.
    case delegate(String)
}
