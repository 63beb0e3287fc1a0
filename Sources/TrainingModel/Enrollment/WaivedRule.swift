/// A rule of a program that staff may set aside for one delegate, with a reason: who the program is for
/// (a re-elected leader in a program for first-time delegates), or its prerequisites (the catalog's
/// "hoặc ≥ 1 năm làm đại biểu" beside them). The other rules (a seat, one class of a program at a time,
/// not trained already) hold for everyone.
public enum WaivedRule: String, Hashable, Sendable, Codable, CaseIterable {
    case audience
    case prerequisites
}
