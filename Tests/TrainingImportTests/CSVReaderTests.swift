import Foundation
import Testing
import TrainingImport
import TrainingModel

@Suite("Reading CSV as provinces send it")
struct CSVReaderTests {
    func read(_ text: String) throws -> CSVTable {
        try CSVReader(file: "roster.csv").read(Data(text.utf8))
    }

    @Test("a BOM, CRLF line ends and a semicolon delimiter read like plain comma CSV")
    func variants() throws {
        let plain = try read("code,name\n001,An\n002,Bình\n")
        let windows = try CSVReader(file: "roster.csv").read(
            Data([0xEF, 0xBB, 0xBF]) + Data("code;name\r\n001;An\r\n002;Bình\r\n".utf8))
        #expect(windows.delimiter == ";")
        #expect(windows.header.fields == plain.header.fields)
        #expect(windows.rows.map(\.fields) == plain.rows.map(\.fields))
        #expect(windows.rows.map(\.fields) == [["001", "An"], ["002", "Bình"]])
    }

    @Test("quoted fields keep delimiters, doubled quotes and newlines, and lines count from where rows start")
    func quotedFields() throws {
        let table = try read("code,note\n1,\"Hà Nội, \"\"thủ đô\"\"\nhai dòng\"\n2,x\n")
        #expect(table.rows[0].fields == ["1", "Hà Nội, \"thủ đô\"\nhai dòng"])
        #expect(table.rows.map(\.line) == [2, 4])
        #expect(table.rows[1].columns == [1, 3])
    }

    @Test("decomposed (NFD) text becomes NFC")
    func normalizesNFD() throws {
        let table = try read("name\nNguye\u{0302}\u{0303}n Thi\u{0323}\n")
        #expect(table.rows[0].fields[0] == "Nguyễn Thị")
        #expect(table.rows[0].fields[0].unicodeScalars.count == 10)
    }

    @Test("a Windows-1258 file is refused, naming the encoding and where it breaks")
    func notUTF8() throws {
        // "Nguy\xEAn" is how Windows-1258 writes "Nguyên".
        let bytes = Data("code,name\n001,An\n002,Nguy".utf8) + Data([0xEA]) + Data("n\n".utf8)
        let error = #expect(throws: InputError.self) { try CSVReader(file: "roster.csv").read(bytes) }
        let diagnostic = try #require(error?.diagnostics.first)
        #expect(diagnostic.location == SourceLocation(file: "roster.csv", line: 3, column: 9))
        #expect(diagnostic.message.contains("not UTF-8"))
        #expect(diagnostic.message.contains("0xEA"))
        #expect(
            error?.text(in: .vietnamese)
                == "roster.csv:3:9: tệp không phải UTF-8: byte 0xEA không thể mở đầu hay nối tiếp một ký tự ở đây "
                + "(Windows-1258 hay TCVN3?); hãy lưu tệp dạng CSV UTF-8 rồi nhập lại")
    }

    @Test("an unclosed quote is reported where the field starts")
    func unclosedQuote() throws {
        let error = #expect(throws: InputError.self) { try read("code,name\n001,\"An\n002,Bình\n") }
        #expect(error?.diagnostics.first?.location == SourceLocation(file: "roster.csv", line: 2, column: 5))
        #expect(error?.diagnostics.first?.message.contains("never closed") == true)
    }

    @Test("text after a closing quote is an error at that character")
    func textAfterQuote() throws {
        let error = #expect(throws: InputError.self) { try read("code,name\n001,\"An\"x\n") }
        #expect(error?.diagnostics.first?.location == SourceLocation(file: "roster.csv", line: 2, column: 9))
        #expect(
            error?.diagnostics.first?.wording.text(in: .vietnamese).hasPrefix("có chữ sau dấu ngoặc kép đóng") == true)
    }

    @Test("columns count characters, not bytes")
    func columnsInCharacters() throws {
        let table = try read("họ,tên\nĐặng,Ánh\n")
        #expect(table.rows[0].columns == [1, 6])
    }
}
