/// How `report completion` groups enrollments.
public enum CompletionGrouping: String, Hashable, Sendable, Codable, CaseIterable {
    /// By the delegate's province.
    case province
    /// By the kind of body: the National Assembly, province councils, commune councils.
    case body
    /// First-time delegates (trúng cử lần đầu) against re-elected ones.
    case firstTime = "first-time"
}
