import Testing
import TrainingModel

@Suite("Choosing the language and wording messages in it")
struct LanguageTests {
    @Test("TTBD_LANG, then the first of LC_ALL, LC_MESSAGES and LANG; Vietnamese when they say nothing")
    func fromEnvironment() {
        #expect(Language(environment: [:]) == .vietnamese)
        #expect(Language(environment: ["LANG": "C.UTF-8"]) == .vietnamese)
        #expect(Language(environment: ["LANG": "en_US.UTF-8"]) == .english)
        #expect(Language(environment: ["LANG": "vi_VN.UTF-8"]) == .vietnamese)
        #expect(Language(environment: ["LANG": "fr_FR.UTF-8"]) == .vietnamese)
        #expect(Language(environment: ["LC_ALL": "vi_VN.UTF-8", "LANG": "en_US.UTF-8"]) == .vietnamese)
        #expect(
            Language(environment: ["LC_ALL": "C", "LANG": "en_US.UTF-8"]) == .vietnamese, "LC_ALL wins, as POSIX says")
        #expect(Language(environment: ["LC_MESSAGES": "en_GB.UTF-8", "LANG": "vi_VN.UTF-8"]) == .english)
        #expect(Language(environment: ["TTBD_LANG": "en", "LANG": "vi_VN.UTF-8"]) == .english)
        #expect(Language(environment: ["TTBD_LANG": "", "LANG": "en_US.UTF-8"]) == .english)
    }

    @Test("Accept-Language: the highest quality of the two languages ttbd speaks")
    func fromAcceptLanguage() {
        #expect(Language(acceptLanguage: "en-US,en;q=0.9,vi;q=0.8") == .english)
        #expect(Language(acceptLanguage: "vi-VN,vi;q=0.9,en-US;q=0.8,en;q=0.7") == .vietnamese)
        #expect(Language(acceptLanguage: "fr-FR, en;q=0.1") == .english)
        #expect(Language(acceptLanguage: "en;q=0.2, vi;q=0.5") == .vietnamese)
        #expect(Language(acceptLanguage: "fr-FR, de") == nil)
        #expect(Language(acceptLanguage: "en;q=0") == nil)
    }

    @Test("a message keeps its English pattern and values, and is worded by the catalog in Vietnamese")
    func wording() {
        let code = "B-HN-99"
        let message: Message = "no class has the code \(code)"
        #expect(message.pattern == "no class has the code %@")
        #expect(message.description == "no class has the code B-HN-99")
        #expect(message.text(in: .vietnamese) == "không có lớp nào mang mã B-HN-99")
        let nested: Message = "\("0105 Phạm Thu Hà"): \("enrolled (\("N1"))" as Message)"
        #expect(nested.text(in: .vietnamese) == "0105 Phạm Thu Hà: đã ghi danh (nhóm N1)")
        let counted: Message = "\(number: 3321) added, \(number: 0) changed, \(number: 12) removed"
        #expect(counted.text(in: .english) == "3,321 added, 0 changed, 12 removed")
        #expect(counted.text(in: .vietnamese) == "3.321 thêm, 0 sửa, 12 xóa")
        let dated: Message = "\(day: "2026-06-01") to \(day: "2026-06-05")"
        #expect(dated.text(in: .vietnamese) == "từ 01/06/2026 đến 05/06/2026")
        #expect(dated.text(in: .english) == "2026-06-01 to 2026-06-05")
        let percent: Message = "attended 80% of \(number: 10)"
        #expect(percent.pattern == "attended 80%% of %@")
        #expect(percent.text(in: .english) == "attended 80% of 10", "a sentence without translation reads as written")
        #expect(Message(verbatim: "50% of %@").text(in: .vietnamese) == "50% of %@", "data is never a pattern")
    }

    @Test("every Vietnamese translation has the placeholders of its English pattern, no more and no fewer")
    func placeholders() {
        for (pattern, translation) in MessageCatalog.vietnamese {
            #expect(
                MessageCatalog.placeholders(in: pattern).sorted()
                    == MessageCatalog.placeholders(in: translation).sorted(),
                "\(pattern) → \(translation)")
            #expect(translation.trimmingCharacters(in: .whitespaces) != "", "\(pattern) has an empty translation")
        }
        #expect(MessageCatalog.placeholders(in: "%2$@ của %1$@, %%") == [1, 0])
    }
}
