import TrainingModel

/// How the console words the states of records, in Vietnamese.
enum ConsoleWords {
    static func classStatus(_ status: String) -> String {
        switch status {
        case "planned": "Dự kiến"
        case "open": "Đang nhận đăng ký"
        case "running": "Đang học"
        case "closed": "Đã kết thúc"
        case "cancelled": "Đã hủy"
        default: status
        }
    }

    static let classStatuses = ["planned", "open", "running", "closed", "cancelled"]

    static func sessionStatus(_ status: SessionStatus) -> String {
        switch status {
        case .planned: "Dự kiến"
        case .held: "Đã học"
        case .cancelled: "Đã hủy"
        }
    }

    static func enrollment(_ status: EnrollmentStatus, position: Int?) -> String {
        switch status {
        case .enrolled: "Đã ghi danh"
        case .waitlisted: position.map { "Chờ chỗ (thứ \($0))" } ?? "Chờ chỗ"
        case .withdrawn: "Đã rút"
        case .completed: "Đã hoàn thành"
        }
    }

    static func attendance(_ status: AttendanceStatus) -> String {
        switch status {
        case .present: "Có mặt"
        case .late: "Đi muộn"
        case .excused: "Vắng có phép"
        case .absent: "Vắng"
        }
    }

    static func halfDay(_ halfDay: HalfDay) -> String {
        halfDay == .morning ? "Sáng" : "Chiều"
    }

    /// `04/05/2026` for `2026-05-04`; other text as it is.
    static func day(_ iso: String) -> String {
        CalendarDate(parsing: iso)?.vietnamese ?? iso
    }
}
