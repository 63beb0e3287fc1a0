extension ConsoleCatalog {
    /// What the golden time takes: the induction's what-if.
    static let whatIf: [String: String] = [
        "Lập kế hoạch bồi dưỡng lần đầu theo yêu cầu mà không lưu gì, rồi thử riêng từng thay đổi để xếp lớp cho những đại biểu còn thiếu: thêm giảng viên, kết thúc muộn hơn, lớp đông hơn, học trực tuyến theo tỉnh. Lịch riêng của giảng viên và các kỳ họp luôn được giữ nguyên.":
            "Plans the induction as asked, keeping nothing, then tries each change alone to place the delegates left "
            + "out: more lecturers, a later end, larger classes, provinces online. Lecturers' own calendars and the "
            + "sittings always stay as they are.",
        "Sĩ số tối đa của lớp": "Largest class",
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
        // The what-if as a job: the form, the runs asked before, a run's page.
        "Việc tính được chạy nền: với cả nước có thể mất khoảng mười phút. Trang kết quả tự cập nhật cho đến khi tính xong.":
            "The plans run in the background: for the whole country they may take about ten minutes. The result's "
            + "page updates itself until they are done.",
        "Thử kết thúc muộn nhất đến ngày (không bắt buộc)": "Latest end date to try (optional)",
        "Tính": "Compute",
        "Các lần tính trước": "Earlier runs",
        "Số": "No.",
        "Chương trình, nhiệm kỳ, khoảng ngày, sĩ số": "Program, term, dates, class size",
        "Người yêu cầu": "Asked by",
        "Trang tự cập nhật cho đến khi tính xong.": "This page updates itself until the plans are done.",
    ]
}
