import Spreadsheets
import Testing

@testable import ttbd

/// Issue 15: a table groups the thousands of a count, never of an identifier.
@Suite("Numbers in table columns")
struct ListColumnNumberTests {
    @Test("an identifier is a number that is never grouped, so it can be typed back; a count is grouped")
    func identifiers() {
        #expect(ListColumn<Int>("ID", csv: "id", as: .identifier) { String($0) }.tableCell(12345) == "12345")
        #expect(ListColumn<Int>("Số", csv: "n", as: .number) { String($0) }.tableCell(12345) == "12.345")
    }
}
