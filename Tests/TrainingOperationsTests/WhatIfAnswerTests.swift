import Testing
import TrainingModel
import TrainingOperations
import TrainingStore

/// The what-if's answer as the console shows it: who is left out, by reason, beyond the reasons it lists.
@Suite("The what-if's answer as people read it")
struct WhatIfAnswerTests {
    @Test(
        "past the twelve reasons listed, provinces without a venue are not counted as classes that cannot be scheduled")
    func leftOutBeyondTheListed() {
        let classes = (1...14).map { number in
            InductionReport.LeftOut(
                kind: "not-planned", reason: "class B-01-\(number) cannot be scheduled", province: "01",
                delegateCodes: ["01\(number)"])
        }
        let venues = ["79", "48"].map { province in
            InductionReport.LeftOut(
                kind: "no-venue", reason: "province " + province + " has no venue", province: province,
                delegateCodes: ["\(province)01", "\(province)02", "\(province)03"])
        }
        let lines = WhatIfAnswer.leftOutLines(venues + classes).map(\.description)
        #expect(lines.first == "6 — 2 provinces have no venue (79, 48)", "\(lines)")
        #expect(lines.filter { $0.contains("cannot be scheduled") && !$0.contains("more classes") }.count == 12)
        #expect(lines.last == "2 — in 2 more classes that cannot be scheduled", "\(lines)")
        #expect(lines.count == 14)
    }
}
