import TrainingModel

/// A roster file read and checked: every row a valid delegate, and the warnings worth showing.
public struct Roster: Sendable {
    public struct Row: Sendable {
        /// Where the row starts in the file.
        public var line: Int
        public var delegate: Delegate
    }

    public var file: String
    public var rows: [Row]
    /// The fields the file has a column for.
    public var fields: Set<DelegateField>
    public var warnings: [Diagnostic]
}

/// What reading a roster row by row found besides its rows.
public struct RosterReading: Sendable {
    /// The fields the file has a column for; a re-import changes only these (and the province a commune
    /// names).
    public var fields: Set<DelegateField>
    public var warnings: [Diagnostic]
}
