/// A delegate on an attendance sheet: who signs on the line.
public struct SheetDelegate: Sendable, Encodable {
    public var code: String
    public var fullName: String
    public var provinceName: String?
    public var bodyName: String
    /// Chức vụ, as the roster gives it.
    public var position: String?
}
