import TrainingModel

/// Which field of a row holds each roster column: an array indexed by the column's position in
/// `RosterColumn.allCases`, because a dictionary lookup per field costs more than reading the field.
struct RosterColumns {
    private var fields = [Int?](repeating: nil, count: RosterColumn.allCases.count)

    subscript(column: RosterColumn) -> Int? {
        get { fields[column.ordinal] }
        set { fields[column.ordinal] = newValue }
    }

    /// The fields the file has a column for.
    var present: Set<DelegateField> { Set(RosterColumn.allCases.filter { self[$0] != nil }) }
}

extension RosterColumn {
    var ordinal: Int { Self.allCases.firstIndex(of: self)! }
}
