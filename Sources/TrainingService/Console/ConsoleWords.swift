import TrainingModel

/// How the console words the states of records, in Vietnamese or English.
enum ConsoleWords {
    static func classStatus(_ status: String, in language: Language) -> String {
        switch status {
        case "planned": language.words(vi: "Dự kiến", en: "Planned")
        case "open": language.words(vi: "Đang nhận đăng ký", en: "Open for enrollment")
        case "running": language.words(vi: "Đang học", en: "Running")
        case "closed": language.words(vi: "Đã kết thúc", en: "Finished")
        case "cancelled": language.words(vi: "Đã hủy", en: "Cancelled")
        default: status
        }
    }

    static let classStatuses = ["planned", "open", "running", "closed", "cancelled"]

    static func sessionStatus(_ status: SessionStatus, in language: Language) -> String {
        switch status {
        case .planned: language.words(vi: "Dự kiến", en: "Planned")
        case .held: language.words(vi: "Đã học", en: "Held")
        case .cancelled: language.words(vi: "Đã hủy", en: "Cancelled")
        }
    }

    static func enrollment(_ status: EnrollmentStatus, position: Int?, in language: Language) -> String {
        switch status {
        case .enrolled: language.words(vi: "Đã ghi danh", en: "Enrolled")
        case .waitlisted:
            position.map { language.words(vi: "Chờ chỗ (thứ \($0))", en: "Waiting list (no. \($0))") }
                ?? language.words(vi: "Chờ chỗ", en: "Waiting list")
        case .withdrawn: language.words(vi: "Đã rút", en: "Withdrawn")
        case .completed: language.words(vi: "Đã hoàn thành", en: "Completed")
        }
    }

    static func attendance(_ status: AttendanceStatus, in language: Language) -> String {
        switch status {
        case .present: language.words(vi: "Có mặt", en: "Present")
        case .late: language.words(vi: "Đi muộn", en: "Late")
        case .excused: language.words(vi: "Vắng có phép", en: "Excused")
        case .absent: language.words(vi: "Vắng", en: "Absent")
        }
    }

    static func halfDay(_ halfDay: HalfDay, in language: Language) -> String {
        halfDay == .morning
            ? language.words(vi: "Sáng", en: "Morning") : language.words(vi: "Chiều", en: "Afternoon")
    }

    /// "Trực tuyến" for a class or session without a place.
    static func online(in language: Language) -> String {
        language.words(vi: "Trực tuyến", en: "Online")
    }

    /// `04/05/2026` for `2026-05-04` in both languages; other text as it is.
    static func day(_ iso: String) -> String {
        CalendarDate(parsing: iso)?.vietnamese ?? iso
    }

    /// A count as the console writes it (Vietnamese grouping, `3.321`, in both languages).
    static func number(_ value: Int) -> String {
        VietnameseNumber.text(Double(value))
    }
}
