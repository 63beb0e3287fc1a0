import Foundation
import TrainingModel

/// A rooms CSV: `venue, code, name, capacity, zone, online`.
public struct RoomSheet: Sendable {
    enum Column: String, SheetColumn {
        case venue, code, name, capacity, zone, online

        var vietnameseHeader: String {
            switch self {
            case .venue: "Mã địa điểm"
            case .code: "Mã phòng"
            case .name: "Tên phòng"
            case .capacity: "Sức chứa"
            case .zone: "Khu vực"
            case .online: "Trực tuyến"
            }
        }

        static let required: [Column] = [.venue, .code, .name, .capacity]
    }

    public let file: String
    public let reference: ResourceReference

    public init(file: String, reference: ResourceReference) {
        self.file = file
        self.reference = reference
    }

    public func read(_ data: Data) throws(InputError) -> [SheetRow<Room>] {
        let venues = reference.venues.sorted().joined(separator: ", ")
        return try SheetReader<Column>(file: file).read(data, key: \Room.qualifiedCode) {
            (cells: inout SheetCells<Column>) -> Room? in
            var venue = cells.code(.venue, "the code of a venue")
            if let code = venue, !reference.venues.contains(code) {
                cells.report(
                    .venue,
                    venues.isEmpty
                        ? "venue \(code) does not exist; there is no venue yet"
                        : "venue \(code) does not exist; expected one of \(venues)")
                venue = nil
            }
            let code = cells.code(.code, "the room's code")
            let name = cells.name(.name, "the room's name")
            let capacity =
                cells.required(.capacity, "the number of seats") != nil
                ? cells.value(.capacity, expected: "a whole number of seats above 0") {
                    Int($0).flatMap { $0 > 0 ? $0 : nil }
                }
                : nil
            let online = cells.flag(.online)
            guard let venue, let code, let name, let capacity else { return nil }
            return Room(
                venueCode: venue, code: code, name: name, capacity: capacity, zone: cells.text(.zone), online: online)
        }
    }
}
