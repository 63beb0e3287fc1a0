extension MessageCatalog {
    /// Moodle and Canvas exports and imports.
    static let learningPlatformsInVietnamese: [String: String] = [
        // Reading Moodle's course completion report.
        "the header has no column naming the user; expected Moodle's course completion report with ID number, Username or Email address among the user identity fields":
            "dòng tiêu đề không có cột nào xác định người dùng; cần báo cáo hoàn thành khóa học của Moodle có ID number, Username hoặc Email address trong các trường nhận diện người dùng",
        "%@ is empty; expected who the row is": "%@ để trống; cần cho biết dòng này là của ai",
        "%@ is already on line %@; expected each user once":
            "%@ đã có ở dòng %@; mỗi người dùng chỉ được xuất hiện một lần",
        "'%@' is not a completion date; expected Moodle's DD/MM/YY, HH:MM such as 05/03/26, 14:30 (or DD/MM/YYYY HH:MM), or nothing when the course is not complete":
            "'%@' không phải ngày hoàn thành; cần dạng DD/MM/YY, HH:MM của Moodle, ví dụ 05/03/26, 14:30 (hoặc DD/MM/YYYY HH:MM), hoặc để trống khi chưa hoàn thành khóa học",
        "Moodle's course completion report (CSV)": "báo cáo hoàn thành khóa học của Moodle (CSV)",

        // Marking an online module done.
        "no delegate is %@ (%@); expected a delegate of the roster":
            "không có đại biểu nào là %@ (%@); cần một đại biểu có trong danh sách",
        "%@ delegates have the e-mail address %@; expected one":
            "có %@ đại biểu cùng địa chỉ thư điện tử %@; chỉ được có một",
        "class %@": "lớp %@",
        "a class teaching module %@": "một lớp có dạy chuyên đề %@",
        "delegate %@ %@ is not seated in %@": "đại biểu %@ %@ không có chỗ trong %@",
        "delegate %@ %@ is seated in %@ classes teaching module %@; expected the class to be named":
            "đại biểu %@ %@ đang có chỗ trong %@ lớp có dạy chuyên đề %@; cần nêu rõ lớp nào",
        "class %@ has no session of module %@ for delegate %@ %@ to mark":
            "lớp %@ không có buổi học nào của chuyên đề %@ để điểm danh cho đại biểu %@ %@",
        "the completion date is later than now; expected a course already completed":
            "ngày hoàn thành muộn hơn thời điểm hiện tại; cần khóa học đã hoàn thành",
        "class %@ does not teach module %@": "lớp %@ không dạy chuyên đề %@",
        "module %@ done for %@ of %@ users (classes %@); present marks: %@ new, %@ raised, %@ already present":
            "%2$@ trên %3$@ người dùng đã hoàn thành chuyên đề %1$@ (lớp %4$@); điểm danh có mặt: %5$@ mới, %6$@ nâng lên, %7$@ đã có mặt từ trước",
        "Dry run of %@: %@; nothing was written.": "Chạy thử %@: %@; chưa ghi gì.",

        // Writing the upload files.
        "%@ would all have the platform login %@; expected one login per person":
            "%@ sẽ có chung tên đăng nhập %@ trên hệ thống học trực tuyến; mỗi người cần một tên đăng nhập riêng",
        "%@ would all have the platform ID %@; expected one ID per person":
            "%@ sẽ có chung mã định danh %@ trên hệ thống học trực tuyến; mỗi người cần một mã riêng",
        "cannot make the folder %@: %@": "không tạo được thư mục %@: %@",
        "Wrote %@ in %@: class %@, delegates: %@, lecturers: %@.":
            "Đã ghi %@ vào %@: lớp %@, số đại biểu: %@, số giảng viên: %@.",
        "warning: left out %@ without an e-mail address, which Moodle needs to create a user: %@":
            "cảnh báo: bỏ qua %@ người chưa có địa chỉ thư điện tử, thông tin Moodle bắt buộc khi tạo người dùng: %@",
    ]
}
