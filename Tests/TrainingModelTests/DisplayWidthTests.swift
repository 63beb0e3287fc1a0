import Testing
import TrainingModel

@Suite("Display width of text in a terminal")
struct DisplayWidthTests {
    @Test("a precomposed Vietnamese letter takes one column, like an ASCII one")
    func precomposed() {
        #expect("Nguyễn Thị Ánh".displayWidth == 14)
        #expect("Đặng".displayWidth == 4)
    }

    @Test("combining marks take no column, so NFD text is as wide as NFC")
    func combining() {
        let decomposed = "Nguye\u{0302}\u{0303}n"
        #expect(decomposed.unicodeScalars.count == 8)
        #expect(decomposed.displayWidth == 6)
    }

    @Test("wide East Asian characters and emoji take two columns")
    func wide() {
        #expect("東京".displayWidth == 4)
        #expect("한국".displayWidth == 4)
        #expect("ＡＢ".displayWidth == 4)
        #expect("🎓".displayWidth == 2)
    }

    @Test("invisible format characters take none")
    func invisible() {
        #expect("a\u{200B}b\u{200D}c".displayWidth == 3)
        #expect("".displayWidth == 0)
    }

    @Test("padding counts display columns, and never cuts a wider text")
    func padding() {
        #expect("Hà".padded(toDisplayWidth: 4) == "Hà  ")
        #expect("東".padded(toDisplayWidth: 4) == "東  ")
        #expect("chiều".padded(toDisplayWidth: 3) == "chiều")
    }
}
