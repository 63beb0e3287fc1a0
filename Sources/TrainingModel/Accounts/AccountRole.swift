/// What an account may do: admins manage accounts, staff run the training, lecturers read their own
/// classes, delegates (đại biểu) read their own records.
public enum AccountRole: String, Sendable, CaseIterable, Codable {
    case admin, staff, lecturer, delegate

    /// Whom an account of a role must name, when it names the wrong people.
    public enum NamingProblem: Sendable, Equatable {
        /// A delegate's account names its delegate alone.
        case delegateAccountNamesItsDelegate
        /// A lecturer's account names its lecturer alone.
        case lecturerAccountNamesItsLecturer
        /// Admins and staff name neither.
        case namesNobody(AccountRole)
    }

    /// What is wrong with an account of this role that names a delegate or a lecturer (or not); nil when
    /// nothing is.
    public func namingProblem(namingDelegate: Bool, namingLecturer: Bool) -> NamingProblem? {
        switch (self, namingDelegate, namingLecturer) {
        case (.delegate, true, false), (.lecturer, false, true), (.admin, false, false), (.staff, false, false): nil
        case (.delegate, _, _): .delegateAccountNamesItsDelegate
        case (.lecturer, _, _): .lecturerAccountNamesItsLecturer
        default: .namesNobody(self)
        }
    }
}
