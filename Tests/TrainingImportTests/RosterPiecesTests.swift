import Foundation
import Synchronization
import Testing
import TrainingModel

@testable import TrainingImport

/// A roster read in pieces side by side must read exactly as in one piece: the same rows at the same lines, and
/// the same problems, including a code or national id repeated across pieces.
@Suite("Reading a roster in pieces side by side")
struct RosterPiecesTests {
    let reference = RosterReference(provinces: ["01", "79"], communeProvinces: [:], terms: ["2026-2031"])

    /// `count` rows, every fifth with a position that spans two lines inside quotes and holds a comma, so
    /// cuts fall near line breaks that do not end a row.
    static func roster(_ count: Int, row: (Int) -> String = Self.row) -> String {
        "code,full_name,national_id,body,province_code,term,position\n"
            + (0..<count).map(row).joined(separator: "\n") + "\n"
    }

    static func row(_ number: Int) -> String {
        let position = number.isMultiple(of: 5) ? "\"Phó Chủ tịch,\nHĐND tỉnh \"\"\(number)\"\"\"" : ""
        return "D\(number),Nguyễn Thị Ánh,\(String(format: "%012d", number)),province_council,01,2026-2031,\(position)"
    }

    /// A reader that cuts even a small file into pieces.
    func reader() -> RosterReader {
        var reader = RosterReader(file: "roster.csv", reference: reference)
        reader.smallestPart = 64
        return reader
    }

    /// The rows the pieces handed on, in the file's order.
    func readInPieces(_ text: String, parts: Int) async throws -> [Roster.Row] {
        let accepted = Mutex<[Roster.Row]>([])
        _ = try await reader().read(Data(text.utf8), parts: parts) { rows in accepted.withLock { $0 += rows } }
        return accepted.withLock { $0 }.sorted { $0.line < $1.line }
    }

    func problems(_ read: () async throws -> Void) async -> [String] {
        do {
            try await read()
            return []
        } catch let error as InputError {
            return error.diagnostics.filter { $0.severity == .error }.map(\.description)
        } catch {
            return ["unexpected \(error)"]
        }
    }

    @Test("the cuts fall between rows and the pieces read the same rows as one piece, multi-line fields included")
    func sameRows() async throws {
        let text = Self.roster(400)
        let cursor = try CSVReader(file: "roster.csv").cursor(Data(text.utf8))
        #expect(cursor.split(into: 4, smallest: 64).count == 4)
        let whole = try reader().read(Data(text.utf8)).rows
        let pieces = try await readInPieces(text, parts: 4)
        #expect(pieces.count == 400)
        #expect(pieces.map(\.line) == whole.map(\.line))
        #expect(pieces.map(\.delegate) == whole.map(\.delegate))
        #expect(pieces[5].delegate.position == "Phó Chủ tịch, HĐND tỉnh \"5\"")
    }

    @Test("a code and a national id repeated in a later piece are the same problems, at the same lines")
    func repeatsAcrossPieces() async throws {
        let text = Self.roster(400) { number in
            switch number {
            case 250: "D3,Lê Văn Bình,999000000250,province_council,01,2026-2031,"
            case 390: "D3,Lê Văn Bình,999000000390,province_council,01,2026-2031,"
            case 395: "D395,Lê Văn Bình,000000000007,province_council,01,2026-2031,"
            case 398: "D3,Lê Văn Bình,999000000398,province_council,01,2026-2031,"
            default: Self.row(number)
            }
        }
        let whole = await problems { _ = try reader().read(Data(text.utf8)) }
        let pieces = await problems { _ = try await readInPieces(text, parts: 4) }
        // D3 on rows 3, 250, 390 and 398: three pieces, each repeat pointing at the one just before it.
        #expect(whole.count == 4)
        #expect(whole.first?.contains("code D3 is already on line") == true)
        #expect(pieces == whole)
    }

    @Test("a malformed row, a byte that is not UTF-8 and a NUL after an over-long cell are reported as in one piece")
    func malformedLaterPiece() async throws {
        let unclosed = Self.roster(400) {
            $0 == 350 ? "D350,\"Lê Văn Bình,000000000350,province_council" : Self.row($0)
        }
        var notUTF8 = Data(Self.roster(400).utf8)
        notUTF8[notUTF8.count - 20] = 0xFF
        // One piece checks the whole text first and names the NUL; the pieces must not name the long cell first.
        let overLong = String(repeating: "x", count: InputLimits.field + 1)
        var longThenNUL = Data(
            Self.roster(400) { $0 == 10 ? "D10,\(overLong),,province_council,01,2026-2031," : Self.row($0) }.utf8)
        longThenNUL[longThenNUL.count - 20] = 0
        for data in [Data(unclosed.utf8), notUTF8, longThenNUL] {
            #expect(try CSVReader(file: "roster.csv").cursor(data).split(into: 4, smallest: 64).count == 4)
            let whole = await problems { _ = try reader().read(data) }
            let pieces = await problems { _ = try await reader().read(data, parts: 4) { _ in } }
            #expect(whole.count == 1)
            #expect(pieces == whole)
        }
    }

    @Test("a file smaller than two pieces' worth is read in one")
    func smallFileOnePiece() throws {
        let cursor = try CSVReader(file: "roster.csv").cursor(Data(Self.roster(10).utf8))
        #expect(cursor.split(into: 4, smallest: 1 << 20).count == 1)
    }
}
