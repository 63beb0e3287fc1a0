import Testing

@testable import ttbd

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
}
