import Foundation
import TrainingModel

/// A venues CSV: `code, name, province, address, time_zone, morning, afternoon, online`.
public struct VenueSheet: Sendable {
    enum Column: String, SheetColumn {
        case code, name, province, address
        case timeZone = "time_zone"
        case morning, afternoon, online

        var vietnameseHeader: String {
            switch self {
            case .code: "Mã địa điểm"
            case .name: "Tên địa điểm"
            case .province: "Mã tỉnh"
            case .address: "Địa chỉ"
            case .timeZone: "Múi giờ"
            case .morning: "Buổi sáng"
            case .afternoon: "Buổi chiều"
            case .online: "Trực tuyến"
            }
        }

        static let required: [Column] = [.code, .name]
    }

    public let file: String
    public let reference: ResourceReference

    public init(file: String, reference: ResourceReference) {
        self.file = file
        self.reference = reference
    }

    public func read(_ data: Data) throws(InputError) -> [SheetRow<Venue>] {
        try SheetReader<Column>(file: file).read(data, key: \Venue.code) {
            (cells: inout SheetCells<Column>) -> Venue? in
            let code = cells.code(.code, "the venue's code")
            let name = cells.name(.name, "the venue's name")
            let province = cells.province(.province, reference: reference)
            let zone =
                cells.value(.timeZone, expected: "an IANA zone such as Asia/Ho_Chi_Minh") {
                    TimeZone(identifier: $0) != nil ? $0 : nil
                } ?? Venue.defaultTimeZone
            let morning =
                cells.value(.morning, expected: "hours as HH:MM-HH:MM, such as 07:30-11:30", ClockRange.init(parsing:))
                ?? Venue.defaultMorning
            let afternoon =
                cells.value(
                    .afternoon, expected: "hours as HH:MM-HH:MM, such as 13:30-17:00", ClockRange.init(parsing:))
                ?? Venue.defaultAfternoon
            let online = cells.flag(.online)
            guard let code, let name else { return nil }
            let venue = Venue(
                code: code, name: name, provinceCode: province, address: cells.text(.address), timeZone: zone,
                morning: morning, afternoon: afternoon, online: online)
            if let problem = venue.hoursProblem {
                cells.report(.afternoon, problem)
                return nil
            }
            return venue
        }
    }
}
