extension ConsoleCatalog {
    /// Surveys and their reports.
    static let surveys: [String: String] = [
        "Biểu đồ": "Chart",
        "Chưa có câu trả lời nào được công bố: khảo sát chưa đóng, hoặc mọi tỉnh đều có ít câu trả lời hơn mức tối thiểu.":
            "No answers are released yet: the survey has not closed, or every province has fewer answers than the minimum.",
        "Chưa có phiếu khảo sát nào trong danh mục.": "The catalog has no survey yet.",
        "Chưa có đợt nào của phiếu này đã đóng, nên chưa có kết quả.":
            "No round of this survey has closed yet, so there are no results.",
        "Các tỉnh có ít hơn {{minimumGroup}} câu trả lời (hoặc cần ẩn để không suy ra được một tỉnh nhỏ hơn) không được tính:":
            "Provinces with fewer than {{minimumGroup}} answers (or withheld so that a smaller one cannot be worked out) are not counted:",
        "Không hiển thị": "Withheld",
        "Kết quả chỉ tính các đợt đã đóng; nhóm có ít câu trả lời hơn mức tối thiểu được ẩn để giữ bí mật người trả lời.":
            "Results count closed rounds only; a group with fewer answers than the minimum is withheld to keep its respondents anonymous.",
        "Kết quả phiếu {{code}}": "Results of survey {{code}}",
        "Loại": "Kind",
        "Lượt trả lời": "Answers",
        "Mã phiếu": "Survey code",
        "Mỗi ô là số lượt đại biểu của tỉnh chọn cả chuyên đề và tháng đó; màu càng đậm, nhu cầu càng cao so với các ô khác (chia theo bốn mức phần tư).":
            "Each cell counts the province's delegates who chose both that topic and that month; the darker the cell, the higher the demand against the other cells (in four quarters).",
        "Nhu cầu theo chuyên đề, tỉnh và tháng": "Demand by topic, province and month",
        "Nhu cầu theo chuyên đề, tỉnh và tháng: tổng {{total}} lượt chọn":
            "Demand by topic, province and month: {{total}} choices in all",
        "Nhóm theo": "Group by",
        "Nhóm tối thiểu": "Smallest group shown",
        "Phân bố câu trả lời: {{text}}": "Answers to: {{text}}",
        "Số câu trả lời: {{answered}}": "Answers: {{answered}}",
        "Số lượng": "Count",
        "Trả lời": "Answer",
        "Tên phiếu": "Title",
        "Tỉnh không hiển thị": "Provinces withheld",
        "Tỷ lệ trả lời": "Response rate",
        "{{minimumGroup}} câu trả lời": "{{minimumGroup}} answers",
        "Điểm trung bình: {{mean}} / 5": "Mean: {{mean}} / 5",
        "Đã trả lời": "Answered",
        "Đã trả lời {{respondents}} trên {{eligible}} người được hỏi ({{responseRate}}).":
            "{{respondents}} of {{eligible}} asked answered ({{responseRate}}).",
        "Được hỏi (các đợt đã đóng)": "Asked (closed rounds)",
        "Đợt đang mở": "Rounds open",
        "Đợt đang mở, chưa tính": "Rounds still open, not counted",
        "Đợt đã đóng": "Rounds closed",
    ]
}
