import Foundation
import Testing
import TrainingModel

/// Issue 15: tables show numbers as Vietnamese writes them.
@Suite("Numbers in Vietnamese conventions")
struct VietnameseNumberTests {
    @Test("a dot between thousands, a comma before decimals, one decimal in a percentage")
    func conventions() {
        #expect(VietnameseNumber.text(3321) == "3.321")
        #expect(VietnameseNumber.text(1_234_567) == "1.234.567")
        #expect(VietnameseNumber.text(-4500) == "-4.500")
        #expect(VietnameseNumber.text(12.5) == "12,5")
        #expect(VietnameseNumber.text(-0.5) == "-0,5")
        #expect(VietnameseNumber.text(7) == "7")
        #expect(VietnameseNumber.percent(0.8333) == "83,3%")
        #expect(VietnameseNumber.percent(1) == "100,0%")
        #expect(VietnameseNumber.percent(0) == "0,0%")
        #expect(VietnameseNumber.percent(12.345) == "1.234,5%")
    }

    @Test("instants and local times read dd/mm/yyyy, in Vietnam's time")
    func daysAndTimes() {
        #expect(Date(timeIntervalSince1970: 1_777_856_523).formatted(.vietnamTime) == "04/05/2026 08:02:03")
        #expect("2026-05-11 07:30".vietnameseDayAndTime == "11/05/2026 07:30")
        #expect("2026-05-11".vietnameseDayAndTime == "11/05/2026")
        #expect("not a day".vietnameseDayAndTime == "not a day")
    }

    @Test("a negative share keeps its sign; a share that is not a number is a dash")
    func shares() {
        #expect(VietnameseNumber.percent(-0.004) == "-0,4%")
        #expect(VietnameseNumber.percent(.nan) == "—")
    }
}
