import Testing
import TrainingModel

@Suite("Diagnostics")
struct DiagnosticTests {
    @Test("prints file:line:column: message, and warnings say so")
    func format() {
        let location = SourceLocation(file: "roster.csv", line: 12, column: 4)
        #expect(
            Diagnostic(at: location, Message(verbatim: "birth_date 31/02/1970 does not exist")).description
                == "roster.csv:12:4: birth_date 31/02/1970 does not exist")
        #expect(
            Diagnostic(.warning, at: location, Message(verbatim: "extra column ignored")).description
                == "roster.csv:12:4: warning: extra column ignored")
    }

    @Test("an input error lists every problem on its own line and is bad data (exit 65)")
    func inputError() {
        let error = InputError([
            Diagnostic(at: SourceLocation(file: "a.yaml", line: 1, column: 1), Message(verbatim: "one")),
            Diagnostic(at: SourceLocation(file: "b.yaml", line: 2, column: 3), Message(verbatim: "two")),
        ])
        #expect(error.description == "a.yaml:1:1: one\nb.yaml:2:3: two")
        #expect(error.kind == .badData)
        #expect(FailureKind.badData.rawValue == 65)
    }
}
