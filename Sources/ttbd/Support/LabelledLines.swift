/// Prints one `label  value` line per field, the values aligned after the longest label (a record's `show`).
func printLabelled(_ fields: [(label: String, value: String)]) {
    let width = fields.map(\.label.count).max() ?? 0
    for (label, value) in fields {
        print(label + String(repeating: " ", count: width - label.count) + "  " + value)
    }
}

/// The same for a person's record: a missing value reads "—", and text from the roster is made safe for a terminal.
func printLabelled(_ fields: [(label: String, value: String?)]) {
    printLabelled(fields.map { ($0.label, $0.value?.terminalSafe ?? "—") })
}
