import Testing
import TrainingStore

@testable import ttbd

/// Issue 15: the induction's summary lumped provinces without a venue together with classes that could not be
/// scheduled, once there were more than twelve reasons.
@Suite("Who the induction leaves out, as staff read it")
struct InductionSummaryTests {
    static func leftOut(_ kind: String, _ province: String?, _ delegates: Int) -> InductionReport.LeftOut {
        InductionReport.LeftOut(
            kind: kind, reason: "\(kind) \(province ?? "-")", province: province,
            delegateCodes: (0..<delegates).map { "D\($0)" })
    }

    @Test("provinces without a venue share one line naming them, apart from unschedulable classes, counted past 12")
    func kindsApart() {
        let groups =
            [Self.leftOut("no-province", nil, 2)]
            + ["02", "04", "06"].map { Self.leftOut("no-venue", $0, 10) }
            + [Self.leftOut("no-room", "08", 5)]
            + (1...14).map { Self.leftOut("not-planned", String(format: "%02d", 10 + $0), 100) }
        let lines = InductionSummary.leftOutLines(groups)
        #expect(lines[0] == "  2 — no-province -")
        #expect(
            lines[1]
                == "  30 — 3 provinces have no venue (02, 04, 06); add one to each (`ttbd venues add --province CODE`)")
        #expect(lines[2] == "  5 — no-room 08")
        #expect(lines[3] == "  100 — not-planned 11")
        #expect(lines.count == 3 + 12 + 1)
        #expect(lines.last == "  200 — in 2 more classes that cannot be scheduled (--format json lists each)")
    }
}
