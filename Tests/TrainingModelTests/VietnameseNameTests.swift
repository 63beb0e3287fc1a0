import Testing
import TrainingModel

@Suite("Vietnamese names")
struct VietnameseNameTests {
    @Test("the sort key puts the given name first, then middle names, then the family name")
    func sortKey() {
        let name = VietnameseName("Nguyễn Thị Minh Khai")
        #expect(name.familyName == "Nguyễn")
        #expect(name.middleNames == ["Thị", "Minh"])
        #expect(name.givenName == "Khai")
        #expect(name.sortKey == "Khai Thị Minh Nguyễn")
    }

    @Test("decomposed input (NFD) becomes NFC, and extra spaces collapse")
    func normalizes() {
        let decomposed = "Tra\u{0302}\u{0300}n  Va\u{0306}n   Đu\u{031B}\u{0301}c"
        let name = VietnameseName(decomposed)
        #expect(name.fullName == "Trần Văn Đức")
        #expect(name.fullName.unicodeScalars.count == "Trần Văn Đức".unicodeScalars.count)
        #expect(name.sortKey == "Đức Văn Trần")
    }

    @Test("a one-word name is its own key")
    func singleWord() {
        #expect(VietnameseName("Hoa").sortKey == "Hoa")
        #expect(VietnameseName("  ").words.isEmpty)
    }

    @Test("search folding drops accents and case, and đ becomes d")
    func folding() {
        #expect("Đặng Thị Ánh".foldedForSearch == "dang thi anh")
        #expect("NGUYỄN văn AN".foldedForSearch == "nguyen van an")
    }
}
