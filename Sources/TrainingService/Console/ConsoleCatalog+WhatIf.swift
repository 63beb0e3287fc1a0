extension ConsoleCatalog {
    /// What the golden time takes: the induction's what-if.
    static let whatIf: [String: String] = [
        "Lập kế hoạch bồi dưỡng lần đầu theo yêu cầu mà không lưu gì, rồi thử riêng từng thay đổi để xếp lớp cho những đại biểu còn thiếu: thêm giảng viên, kết thúc muộn hơn, lớp đông hơn, học trực tuyến theo tỉnh. Lịch riêng của giảng viên và các kỳ họp luôn được giữ nguyên.":
            "Plans the induction as asked, keeping nothing, then tries each change alone to place the delegates left "
            + "out: more lecturers, a later end, larger classes, provinces online. Lecturers' own calendars and the "
            + "sittings always stay as they are.",
        "Sĩ số tối đa của lớp": "Largest class",
        "Hãy nhập ngày theo dạng YYYY-MM-DD (ngày đầu không sau ngày cuối) và sĩ số là một số dương.":
            "Enter days as YYYY-MM-DD (the first not after the last) and a class size above zero.",
        "Những thay đổi giúp xếp lớp cho các đại biểu còn thiếu (mỗi thay đổi được thử riêng)":
            "What would place those left out (each change tried alone)",
        "Chuyên đề": "Module",
        "Số buổi dạy": "Lecturer half-days",
        "Giảng viên mới (ít nhất)": "New lecturers (at least)",
        "Các tháng": "Months",
        "Số tỉnh": "Provinces",
        "Không ai bị bỏ sót: không cần thay đổi gì.": "Nobody is left out: there is nothing to change.",
        "Số lần lập kế hoạch: {{trials}}; không ghi gì vào cơ sở dữ liệu.":
            "Plans made: {{trials}}; nothing was written.",
        "Cần gì để bồi dưỡng kịp mọi đại biểu?": "What would train everyone in time?",
    ]
}
