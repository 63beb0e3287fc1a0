/// A CSV file read into rows of text fields, each field with the column where it starts.
public struct CSVTable: Sendable {
    public struct Row: Sendable {
        /// Line of the row's first character, from 1 (a quoted field may span several lines).
        public var line: Int
        public var fields: [String]
        /// Column of each field's first character, from 1, counted in characters.
        public var columns: [Int]
    }

    public var header: Row
    public var rows: [Row]
    /// `,` or `;`, as the header showed.
    public var delimiter: Character
}
