import Foundation
import Testing
import TrainingImport
import TrainingModel

@Suite("venue, room and lecturer sheets")
struct ResourceSheetTests {
    let reference = ResourceReference(provinces: ["01", "48"], modules: ["A01", "B01"], venues: ["HN"])

    @Test("a venue row without hours or zone gets Vietnam's zone and the usual half-days")
    func venueDefaults() throws {
        let rows = try VenueSheet(file: "v.csv", reference: reference).read(
            Data("code;name;afternoon\nHN;Hội trường Hà Nội;13:00–16:30\n".utf8))
        #expect(
            rows == [
                SheetRow(
                    line: 2,
                    value: Venue(
                        code: "HN", name: "Hội trường Hà Nội", afternoon: ClockRange(parsing: "13:00-16:30")!))
            ])
        #expect(rows.first?.value.timeZone == "Asia/Ho_Chi_Minh")
        #expect(rows.first?.value.morning.description == "07:30–11:30")
    }

    @Test("hours that overlap are refused at the afternoon cell")
    func overlappingHours() {
        let error = #expect(throws: InputError.self) {
            try VenueSheet(file: "v.csv", reference: reference).read(
                Data("code,name,morning,afternoon\nHN,Hà Nội,07:30-12:00,11:00-17:00\n".utf8))
        }
        #expect(
            error?.description
                == "v.csv:2:23: the morning (07:30–12:00) must end before the afternoon (11:00–17:00) starts")
    }

    @Test("a lecturer's modules split on commas, spaces and semicolons, sorted, once each")
    func lecturerModules() throws {
        let rows = try LecturerSheet(file: "l.csv", reference: reference).read(
            Data("Mã giảng viên,Họ và tên,Chuyên đề\nGV1,Trần  Thị Hoa,\"B01; A01 B01\"\n".utf8))
        #expect(rows.first?.value.modules == ["A01", "B01"])
        #expect(rows.first?.value.fullName == "Trần Thị Hoa")
        #expect(rows.first?.value.sortKey == "Hoa Thị Trần")
    }
}
