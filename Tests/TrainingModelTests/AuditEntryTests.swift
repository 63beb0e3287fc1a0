import Foundation
import Testing
import TrainingModel

@Suite("Audit entries say what changed")
struct AuditEntryTests {
    func entry(_ action: String, before: JSONValue?, after: JSONValue?) -> AuditEntry {
        AuditEntry(
            id: 1, at: Date(timeIntervalSince1970: 0), actor: "lan", entity: "enrollments", action: action, row: "7",
            before: before, after: after)
    }

    @Test("an update keeps only the fields that differ, null included, sorted by name")
    func update() {
        let before = JSONValue.object(["id": .number(7), "status": .string("waitlisted"), "cohort_id": .null])
        let after = JSONValue.object(["id": .number(7), "status": .string("enrolled"), "cohort_id": .number(3)])
        #expect(
            entry("update", before: before, after: after).changes == [
                AuditEntry.Change(field: "cohort_id", before: .null, after: .number(3)),
                AuditEntry.Change(field: "status", before: .string("waitlisted"), after: .string("enrolled")),
            ])
    }

    @Test("an insert or a delete lists the fields that are not null, with no other side")
    func insertAndDelete() {
        let row = JSONValue.object(["id": .number(7), "status": .string("enrolled"), "cohort_id": .null])
        let fields = [
            AuditEntry.Change(field: "id", before: nil, after: .number(7)),
            AuditEntry.Change(field: "status", before: nil, after: .string("enrolled")),
        ]
        #expect(entry("insert", before: nil, after: row).changes == fields)
        #expect(
            entry("delete", before: row, after: nil).changes
                == fields.map { AuditEntry.Change(field: $0.field, before: $0.after, after: nil) })
    }

    @Test("JSON values read back from the trail and print as a person reads them")
    func values() throws {
        let text = #"{"id": 12, "share": 0.75, "ok": true, "note": null, "during": "[\"a\",\"b\")", "list": [1, "x"]}"#
        let value = try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))
        guard case .object(let fields) = value else {
            Issue.record("not an object")
            return
        }
        #expect(fields["id"]?.text == "12")
        #expect(fields["share"]?.text == "0.75")
        #expect(fields["ok"] == .bool(true))
        #expect(fields["note"] == .null)
        #expect(fields["during"]?.text == #"["a","b")"#)
        #expect(fields["list"]?.text == "[1, x]")
    }
}
