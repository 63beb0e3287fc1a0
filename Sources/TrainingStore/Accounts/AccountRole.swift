/// What an account may do: admins manage accounts, staff run the training, lecturers read their own
/// classes, delegates (đại biểu) read their own records.
public enum AccountRole: String, Sendable, CaseIterable, Codable {
    case admin, staff, lecturer, delegate

    /// What is wrong with an account of this role that names a delegate or a lecturer (or not), in words
    /// that say what to give; nil when nothing is: a delegate's account names its delegate alone, a
    /// lecturer's its lecturer alone, the others neither.
    public func problem(namingDelegate: Bool, namingLecturer: Bool) -> String? {
        switch (self, namingDelegate, namingLecturer) {
        case (.delegate, true, false), (.lecturer, false, true), (.admin, false, false), (.staff, false, false): nil
        case (.delegate, _, _): "a delegate's account names its delegate: give --delegate CODE (and no --lecturer)"
        case (.lecturer, _, _): "a lecturer's account names its lecturer: give --lecturer CODE (and no --delegate)"
        default: "an account of role \(rawValue) names no delegate or lecturer: leave out --delegate and --lecturer"
        }
    }
}
