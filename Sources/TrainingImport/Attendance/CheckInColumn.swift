/// A column of a check-in log, known by its English or Vietnamese header.
enum CheckInColumn: String, SheetColumn {
    case code
    case time

    var vietnameseHeader: String {
        switch self {
        case .code: "Mã đại biểu"
        case .time: "Thời gian"
        }
    }

    static let required: [CheckInColumn] = [.code, .time]
}
