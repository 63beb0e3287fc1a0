import Foundation
import Testing
import TrainingImport
import TrainingModel

/// The shipped catalog and the format's good cases.
@Suite("Reading the course catalog")
struct CatalogReaderTests {
    static let shippedCatalog = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("course-catalog").path

    @Test("the shipped 2026–2031 catalog validates, with its 4 programs, 26 modules, 34 provinces and 3,321 communes")
    func shippedCatalog() throws {
        let catalog = try CatalogReader().read([Self.shippedCatalog])
        #expect(catalog.terms.map(\.code) == ["2026-2031"])
        #expect(catalog.curricula.map(\.code) == ["CT-A", "CT-B", "CT-C", "CT-D"])
        #expect(catalog.curricula.allSatisfy { $0.issuer?.body == "Trung tâm Bồi dưỡng đại biểu dân cử" })
        #expect(catalog.modules.count == 26)
        #expect(catalog.modules.map(\.halfDaySessions).reduce(0, +) == 28)
        #expect(catalog.provinces.count == 34)
        #expect(catalog.communes.count == 3_321)
        #expect(catalog.holidays.count == 45)
        #expect(catalog.sittings.count == 10)
        #expect(catalog.sittings.allSatisfy { $0.body == .nationalAssembly })
        #expect(catalog.kinds == Set(CatalogKind.allCases))
        #expect(catalog.provinces.first?.code == "01")
        #expect(catalog.communes.first?.code == "00004")
        let titles = catalog.modules.map(\.title) + catalog.curricula.map(\.title) + catalog.communes.map(\.name)
        #expect(titles.allSatisfy { $0 == $0.precomposedStringWithCanonicalMapping })
    }

    @Test("the shipped modules keep the CSV's prerequisites, note, electives and combined assessment")
    func shippedModules() throws {
        let modules = Dictionary(
            uniqueKeysWithValues: try CatalogReader().read([Self.shippedCatalog]).modules.map { ($0.code, $0) })
        #expect(modules["A03"]?.halfDaySessions == 2)
        #expect(modules["B08"]?.prerequisites == ["B01", "B02", "B04", "B05", "B06", "B07"])
        #expect(modules["B08"]?.assessments == [.essay, .survey])
        #expect(modules["C01"]?.prerequisites == ["B07"])
        #expect(modules["C01"]?.prerequisiteNote == "hoặc ≥1 năm làm đại biểu")
        #expect(modules["B03"]?.elective == true)
        #expect(modules["A01"]?.materials == ["CONG-TTDT-QH", "KHUNG-CHUONG-TRINH"])
    }

    @Test("text typed decomposed (NFD) is read as NFC, and unquoted codes keep their leading zeros")
    func normalizesText() throws {
        let decomposed = "Thành phố Hà Nội".decomposedStringWithCanonicalMapping
        let catalog = try CatalogReader().read([
            (
                file: "provinces.yaml",
                text: """
                provinces:
                  - {code: 01, name: \(decomposed), kind: thành phố trung ương, codename: ha_noi}
                communes:
                  - {code: 00004, province: 01, name: Phường Ba Đình, kind: phường}
                """
            )
        ])
        #expect(catalog.provinces.first?.name.unicodeScalars.count == "Thành phố Hà Nội".unicodeScalars.count)
        #expect(catalog.provinces.first?.code == "01")
        #expect(catalog.communes.first?.code == "00004")
    }

    @Test("a kind no file mentions is not part of the catalog, so an import leaves it alone")
    func absentKinds() throws {
        let catalog = try CatalogReader().read([
            (file: "holidays.yaml", text: "holidays:\n  - {date: 2026-09-02, name: Quốc khánh}\n"),
            (file: "sittings.yaml", text: "sittings: []\n"),
        ])
        #expect(catalog.kinds == [.holidays, .sittings])
        #expect(catalog.holidays == [Holiday(date: CalendarDate(year: 2026, month: 9, day: 2)!, name: "Quốc khánh")])
    }
}
