extension MessageCatalog {
    /// What the golden time takes: the induction's what-if.
    static let whatIfInVietnamese: [String: String] = [
        // Its steps and its refusals.
        "--online %@": "--online %@",
        "planning as asked, then with new lecturers": "lập kế hoạch theo yêu cầu, rồi thử thêm giảng viên",
        "trying later end dates": "thử kết thúc muộn hơn",
        "trying larger classes": "thử lớp đông hơn",
        "trying provinces online": "thử cho các tỉnh học trực tuyến",
        "the latest end date %@ must be after the window's end %@ and no later than the term's end %@":
            "ngày kết thúc muộn nhất %@ phải sau ngày kết thúc của khoảng ngày học %@ và không muộn hơn ngày kết thúc "
            + "nhiệm kỳ %@",
        "--latest-end needs --what-if": "--latest-end chỉ dùng cùng với --what-if",

        // Each change and its effect.
        "places %@ of the %@ left out, %@ remain":
            "xếp thêm được %@ trong số %@ đại biểu chưa được xếp lớp, còn lại %@",
        "More lecturers place none of them: the window, the sittings or the rooms keep them out.":
            "Thêm giảng viên cũng không xếp thêm được ai: khoảng ngày học, các kỳ họp hoặc phòng học không cho phép.",
        "More lecturers: %@ lecturer half-days, at least %@ new lecturers: %@.":
            "Thêm giảng viên: %@ buổi dạy, ít nhất %@ giảng viên mới: %@.",
        "No end date up to %@ places any of them.":
            "Kết thúc muộn đến ngày %@ cũng không xếp thêm được ai.",
        "End on %@ instead of %@: %@.": "Kết thúc ngày %@ thay vì %@: %@.",
        "Larger classes do not help: classes of up to %@ already fill the largest room (%@ seats), and more delegates only make more cohorts.":
            "Tăng sĩ số không giúp được gì: lớp tối đa %@ đại biểu đã lấp đầy phòng lớn nhất (%@ chỗ), thêm đại biểu "
            + "chỉ làm tăng số nhóm.",
        "No class size up to the largest room (%@ seats) places any of them.":
            "Tăng sĩ số lớp đến sức chứa của phòng lớn nhất (%@ chỗ) cũng không xếp thêm được ai.",
        "Classes of up to %@ instead of %@: %@.": "Mỗi lớp tối đa %@ đại biểu thay vì %@: %@.",
        "Teaching online places none of them: the sittings or the lecturers' calendars keep them out.":
            "Học trực tuyến cũng không xếp thêm được ai: các kỳ họp hoặc lịch của giảng viên không cho phép.",
        "Teach online the provinces %@ (no room, one cohort a class, no travel; the sittings and the lecturers' calendars still hold): %@.":
            "Cho các tỉnh %@ học trực tuyến (không cần phòng, mỗi lớp một nhóm, giảng viên không phải đi lại; vẫn "
            + "giữ nguyên các kỳ họp và lịch của giảng viên): %@.",

        // The command line's answer.
        "Delegates placed: %@ of %@; left out: %@.": "Đại biểu đã xếp lớp: %@ trên %@; chưa được xếp lớp: %@.",
        "Nobody is left out: there is nothing to change.": "Không ai bị bỏ sót: không cần thay đổi gì.",
        "What would place them, each change tried alone:":
            "Những thay đổi giúp xếp lớp cho các đại biểu này (mỗi thay đổi được thử riêng):",
        "Plans made: %@, in %@ s; nothing was written.":
            "Số lần lập kế hoạch: %@, trong %@ giây; không ghi gì vào cơ sở dữ liệu.",
        "months": "Các tháng",
        "number of provinces": "Số tỉnh",
        "lecturer half-days": "Số buổi dạy",
        "new lecturers": "Số giảng viên mới",

        // The console's answer.
        "%@ — %@": "%@ — %@",
        "%@ — in %@ more classes that cannot be scheduled": "%@ — thuộc %@ lớp khác không xếp được lịch",
        "%@ — %@ provinces have no venue (%@)": "%@ — %@ tỉnh chưa có địa điểm học (%@)",
        "%@ — %@ provinces have no venue with a room (%@)": "%@ — %@ tỉnh chưa có địa điểm nào có phòng học (%@)",
        "%@, %@, %@ – %@, %@": "%@, %@, %@ – %@, %@",

        // The what-if as a job: what a request to start one may be refused for.
        "%@ '%@' %@": "%@ '%@' %@",
        "%@ must be a code of 1 to 50 characters": "%@ phải là một mã dài từ 1 đến 50 ký tự",
        "endsOn %@ is before startsOn %@": "ngày kết thúc endsOn %@ trước ngày bắt đầu startsOn %@",
        "classSize must be a number above zero, got %@": "sĩ số classSize phải là một số lớn hơn 0, nhận được %@",
        "online: %@": "online: %@",
        "timeLimitSeconds must be above 0 and at most %@":
            "thời gian tìm kiếm timeLimitSeconds phải lớn hơn 0 và không quá %@ giây",
        "No what-if run has the id %@; POST /v1/induction/what-if starts one.":
            "Không có lần tính nào có mã %@; gửi POST /v1/induction/what-if để bắt đầu một lần tính.",
    ]
}
