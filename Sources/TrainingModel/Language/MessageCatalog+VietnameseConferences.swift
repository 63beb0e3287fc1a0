extension MessageCatalog {
    /// Regional conferences.
    static let conferencesInVietnamese: [String: String] = [
        // The regions of the catalog.
        "a region": "một vùng",
        "region code": "mã vùng",
        "region name": "tên vùng",
        "regions": "vùng",
        "%@ region": "%@ vùng", "%@ regions": "%@ vùng",
        "'%@' is not a valid province of a region; expected 2 digits":
            "'%@' không phải mã tỉnh hợp lệ trong một vùng; mã tỉnh gồm 2 chữ số",
        "region %@ has no provinces": "vùng %@ chưa có tỉnh, thành phố nào",
        "unknown province '%@' of region %@; %@": "không biết tỉnh '%@' của vùng %@; %@",
        "province %@ is already in region %@ at %@; each province belongs to exactly one region":
            "tỉnh %@ đã thuộc vùng %@ tại %@; mỗi tỉnh, thành phố chỉ thuộc đúng một vùng",
        "province %@ (%@) is in no region; add it to one region of regions":
            "tỉnh %@ (%@) chưa thuộc vùng nào; hãy thêm vào một vùng trong mục regions",

        // Refusals of the store.
        "no conference has the code %@": "không có hội nghị nào mang mã %@",
        "no region has the code %@": "không có vùng nào mang mã %@",
        "province %@ is not in region %@ (its provinces: %@)":
            "tỉnh %@ không thuộc vùng %@ (các tỉnh, thành phố của vùng: %@)",
        "a conference with the code %@ already exists; choose another code":
            "đã có hội nghị mang mã %@; hãy chọn mã khác",
        "conference %@ was opened but cannot be read back": "hội nghị %@ đã được mở nhưng không đọc lại được",
        "%@ is not a day of conference %@, which runs %@ to %@":
            "ngày %@ không thuộc thời gian hội nghị %@ (từ %@ đến %@)",
        "a body already has more delegates registered for conference %@ than %@ seats":
            "đã có cơ quan đăng ký dự hội nghị %@ nhiều hơn %@ đại biểu",
        "delegate %@ %@ belongs to %@, which is not invited to conference %@; nothing was registered":
            "đại biểu %@ %@ thuộc %@, cơ quan không được mời dự hội nghị %@; chưa đăng ký đại biểu nào",
        "delegate %@ %@ is already registered for conference %@; nothing was registered":
            "đại biểu %@ %@ đã được đăng ký dự hội nghị %@; chưa đăng ký đại biểu nào",
        "%@ has %@ seats at conference %@: %@ taken, %@ more asked; nothing was registered":
            "%@ có %@ chỗ tại hội nghị %@: đã đăng ký %@, đề nghị thêm %@; chưa đăng ký đại biểu nào",
        "conference %@ has no session %@": "hội nghị %@ không có phiên %@",
        "delegate %@ %@ is not registered for conference %@; only registered delegates attend, and no one was marked":
            "đại biểu %@ %@ chưa đăng ký dự hội nghị %@; chỉ điểm danh đại biểu đã đăng ký, chưa điểm danh ai",

        // The command line.
        "--seats-per-body must be positive, got %@": "--seats-per-body phải là số dương, nhận được %@",
        "--seats must be positive, got %@": "--seats phải là số dương, nhận được %@",
        "%@ is empty": "%@ đang để trống",
        "--to %@ is not after --from %@": "--to %@ không ở sau --from %@",
        "conference %@ of region %@, hosted by %@ at %@, %@; %@ bodies invited":
            "hội nghị %@ vùng %@, do %@ đăng cai, tại %@, %@; mời %@ cơ quan",
        "Dry run: would open %@; nothing was written.": "Chạy thử: sẽ mở %@; chưa ghi gì.",
        "Opened %@.": "Đã mở %@.",
        "%@ conference": "%@ hội nghị", "%@ conferences": "%@ hội nghị",
        "%@ programme session": "%@ phiên", "%@ programme sessions": "%@ phiên",
        "%@ delegate registered": "%@ đại biểu được đăng ký", "%@ delegates registered": "%@ đại biểu được đăng ký",
        "%@ body invited": "%@ cơ quan được mời", "%@ bodies invited": "%@ cơ quan được mời",
        "The programme has no session yet.": "Chương trình hội nghị chưa có phiên nào.",
        "Added session %@ to conference %@: %@ %@–%@.": "Đã thêm phiên %@ vào hội nghị %@: %@ %@–%@.",
        "Invited to conference %@: %@.": "Đã mời dự hội nghị %@: %@.",
        "Session %@ of conference %@: %@ marked present, %@ already marked.":
            "Phiên %@ của hội nghị %@: điểm danh có mặt %@ đại biểu, %@ đại biểu đã được điểm danh trước đó.",
        "Bodies: %@ invited, %@ registered, %@ attended.": "Cơ quan: %@ được mời, %@ đã đăng ký, %@ có mặt.",

        // The programme from a file, withdrawals (migration 0043).
        "a day of the conference, %@ to %@": "một ngày diễn ra hội nghị, từ %@ đến %@",
        "end %@ is not after start %@; expected a later time":
            "giờ kết thúc %@ không sau giờ bắt đầu %@; cần một giờ muộn hơn",
        "what the session is about": "nội dung của phiên",
        "a time of day as HH:MM": "giờ trong ngày dạng HH:MM",
        "a time of day as HH:MM, such as 08:00": "giờ trong ngày dạng HH:MM, ví dụ 08:00",
        "session %@ %@ of conference %@, on %@ at %@, has attendance of %@ delegates and %@ has no session then; expected every session with attendance kept at its day and start; nothing was changed":
            "phiên %@ %@ của hội nghị %@, ngày %@ lúc %@, đã có %@ đại biểu được điểm danh nhưng tệp %@ không có phiên nào "
            + "vào lúc đó; mọi phiên đã điểm danh phải được giữ nguyên ngày và giờ bắt đầu; chưa thay đổi gì",
        "%@ is not invited to conference %@; nothing was changed": "%@ không được mời dự hội nghị %@; chưa thay đổi gì",
        "delegates of %@ attended conference %@ (%@ attendance marks), so it stays invited; nothing was changed":
            "đại biểu của %@ đã dự hội nghị %@ (%@ lượt điểm danh) nên cơ quan vẫn được mời; chưa thay đổi gì",
        "%@ has %@ delegates registered for conference %@; expected none, or their registrations withdrawn too; nothing was changed":
            "%@ còn %@ đại biểu đã đăng ký dự hội nghị %@; cần không còn ai, hoặc hủy luôn các đăng ký đó; "
            + "chưa thay đổi gì",
        "delegate %@ %@ is not registered for conference %@; nothing was changed":
            "đại biểu %@ %@ chưa đăng ký dự hội nghị %@; chưa thay đổi gì",
        "delegate %@ %@ attended %@ sessions of conference %@, so stays registered; nothing was changed":
            "đại biểu %@ %@ đã dự %@ phiên của hội nghị %@ nên vẫn giữ đăng ký; chưa thay đổi gì",
        "%@ %@ is a candidate, not a delegate; conferences register delegates only; nothing was registered":
            "%@ %@ là người ứng cử, chưa phải đại biểu; hội nghị chỉ đăng ký đại biểu; chưa đăng ký ai",
        "%@ new, %@ changed, %@ unchanged, %@ removed": "%@ mới, %@ thay đổi, %@ giữ nguyên, %@ bị xóa",
        "Dry run: programme of conference %@ from %@: %@; nothing was written.":
            "Chạy thử: chương trình hội nghị %@ từ tệp %@: %@; chưa ghi gì.",
        "Programme of conference %@ from %@: %@.": "Chương trình hội nghị %@ từ tệp %@: %@.",
        "--body %@": "--body %@",
        "Withdrew the invitation of %@ to conference %@.": "Đã rút lời mời %@ dự hội nghị %@.",
        "%@ registration withdrawn": "%@ đăng ký đã hủy", "%@ registrations withdrawn": "%@ đăng ký đã hủy",
        "Unregistered %@ %@ (%@) from conference %@; the seat is free.":
            "Đã hủy đăng ký của %@ %@ (%@) dự hội nghị %@; chỗ đã được trả lại.",
    ]
}
