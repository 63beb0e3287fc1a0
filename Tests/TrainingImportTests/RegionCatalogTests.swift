import Foundation
import Testing
import TrainingImport
import TrainingModel

/// The six regions of `regions.yaml`: each province of the catalog in exactly one, every code known.
@Suite("The regions of the course catalog")
struct RegionCatalogTests {
    static let shippedCatalog = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("course-catalog").path

    static let provinces = """
        provinces:
          - {code: "01", name: Thành phố Hà Nội, kind: thành phố trung ương, codename: ha_noi}
          - {code: "22", name: Tỉnh Quảng Ninh, kind: tỉnh, codename: quang_ninh}
          - {code: "79", name: Thành phố Hồ Chí Minh, kind: thành phố trung ương, codename: ho_chi_minh}
        """

    func problems(regions: String) -> [String] {
        do {
            _ = try CatalogReader().read([
                (file: "provinces.yaml", text: Self.provinces), (file: "regions.yaml", text: regions),
            ])
            return []
        } catch {
            return error.diagnostics.map(\.description)
        }
    }

    @Test("the shipped regions are the six of the master plan and hold each of the 34 provinces once")
    func shipped() throws {
        let catalog = try CatalogReader().read([Self.shippedCatalog])
        #expect(
            catalog.regions.map(\.name) == [
                "Trung du và miền núi phía Bắc", "Đồng bằng sông Hồng", "Bắc Trung Bộ và duyên hải miền Trung",
                "Tây Nguyên", "Đông Nam Bộ", "Đồng bằng sông Cửu Long",
            ])
        let listed = catalog.regions.flatMap(\.provinceCodes)
        #expect(listed.count == 34)
        #expect(Set(listed) == Set(catalog.provinces.map(\.code)))
        let regionOf = Dictionary(
            uniqueKeysWithValues: catalog.regions.flatMap { region in region.provinceCodes.map { ($0, region.code) } })
        // The merged provinces that straddle two former regions go with the province whose name they kept.
        #expect(regionOf["24"] == "DBSH" && regionOf["25"] == "TDMNPB" && regionOf["52"] == "TN")
        #expect(regionOf["51"] == "BTB-DHMT" && regionOf["68"] == "TN" && regionOf["80"] == "DNB")
    }

    @Test("a valid regions file reads with its provinces in rotation order")
    func valid() {
        let regions = """
            regions:
              - {code: DBSH, name: Đồng bằng sông Hồng, provinces: ["22", "01"]}
              - {code: DNB, name: Đông Nam Bộ, provinces: ["79"]}
            """
        #expect(problems(regions: regions) == [])
        let catalog = try? CatalogReader().read([
            (file: "provinces.yaml", text: Self.provinces), (file: "regions.yaml", text: regions),
        ])
        #expect(catalog?.regions.first?.provinceCodes == ["22", "01"])
    }

    @Test("an unknown province, a province in two regions and one in none are each reported where they are")
    func problems() {
        let found = problems(
            regions: """
                regions:
                  - {code: DBSH, name: Đồng bằng sông Hồng, provinces: ["01", "99"]}
                  - {code: DNB, name: Đông Nam Bộ, provinces: ["01", "1"]}
                """)
        #expect(
            found == [
                "provinces.yaml:3:5: province 22 (Tỉnh Quảng Ninh) is in no region; add it to one region of regions",
                "provinces.yaml:4:5: province 79 (Thành phố Hồ Chí Minh) is in no region; add it to one region of regions",
                "regions.yaml:2:63: unknown province '99' of region DBSH; the catalog has provinces: 01, 22, 79",
                "regions.yaml:3:48: province 01 is already in region DBSH at regions.yaml:2:57; each province belongs to exactly one region",
                "regions.yaml:3:54: '1' is not a valid province of a region; expected 2 digits",
            ])
    }

    @Test("a region without provinces, a repeated code and a missing field are refused")
    func malformed() {
        let found = problems(
            regions: """
                regions:
                  - {code: DBSH, name: Đồng bằng sông Hồng, provinces: []}
                  - {code: DBSH, name: Đông Nam Bộ, provinces: ["01", "22", "79"]}
                  - {code: TN, provinces: ["01"]}
                """)
        #expect(found.contains("regions.yaml:2:56: region DBSH has no provinces"))
        #expect(found.contains("regions.yaml:3:12: duplicate region code 'DBSH', first defined at regions.yaml:2:12"))
        #expect(found.contains { $0.hasPrefix("regions.yaml:4:5:") && $0.contains("'name'") })
    }
}
