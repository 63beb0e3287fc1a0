/// `a,b , c` as `[a, b, c]`: the lists of codes options take (`--modules`, `--online`, `--delegates`), blanks dropped.
func commaSeparated(_ text: String?) -> [String] {
    (text ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
}
