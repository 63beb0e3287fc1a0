extension MessageCatalog {
    /// Candidates for election.
    static let candidatesInVietnamese: [String: String] = [
        // Who a candidate is, beside the audience that refuses them.
        "a candidate for the National Assembly": "người ứng cử đại biểu Quốc hội",
        "a candidate for a province council": "người ứng cử đại biểu HĐND cấp tỉnh",
        "a candidate for a commune council": "người ứng cử đại biểu HĐND cấp xã",

        // Problems of a candidates file, and of a roster that meets a candidate.
        "a candidate is not yet a delegate; expected %@ empty or false":
            "người ứng cử chưa phải là đại biểu; cột %@ phải để trống hoặc ghi false",
        "code %@ belongs to the candidate %@; expected a delegate's code":
            "mã %@ là của người ứng cử %@; cần mã của một đại biểu",
        "code %@ belongs to the delegate %@; expected a code of the candidate's own":
            "mã %@ là của đại biểu %@; người ứng cử cần có mã riêng",
        "national_id %@ already belongs to candidate %@; expected each person once":
            "số định danh (national_id) %@ đã thuộc về người ứng cử %@; mỗi người chỉ được ghi một lần",
        "a list of candidates (CSV or .xlsx)": "một danh sách người ứng cử (CSV hoặc .xlsx)",
        "a candidate with the code %@ is already registered; nothing was written":
            "người ứng cử có mã %@ đã được đăng ký; chưa ghi gì",

        // Linking an elected candidate to their delegate record.
        "no candidate has the code %@": "không có người ứng cử nào có mã %@",
        "candidate %@ is already linked to delegate %@; a candidate is linked once; nothing was written":
            "người ứng cử %@ đã được liên kết với đại biểu %@; mỗi người ứng cử chỉ được liên kết một lần; chưa ghi gì",
        "candidate %@ has the national id %@ and delegate %@ %@; expected one person's; nothing was written":
            "người ứng cử %@ có số CCCD %@ còn đại biểu %@ có số %@; cần là cùng một người; chưa ghi gì",
        "candidate %@ or delegate %@ has no national id, so they are not known to be one person; nothing was written":
            "người ứng cử %@ hoặc đại biểu %@ chưa có số CCCD nên không xác định được là cùng một người; chưa ghi gì",
        "candidate %@ and delegate %@ are both in %@; expected the candidate's classes to be other classes than the delegate's; nothing was written":
            "người ứng cử %@ và đại biểu %@ cùng có mặt trong lớp %@; các lớp của người ứng cử phải khác các lớp của đại biểu; chưa ghi gì",
        "the national id %@ of candidate %@ belongs to delegate %@; expected that delegate; nothing was written":
            "số CCCD %@ của người ứng cử %@ thuộc về đại biểu %@; cần liên kết với chính đại biểu này; chưa ghi gì",
        "elected: the training of the candidate %@ moved here":
            "trúng cử: quá trình bồi dưỡng của người ứng cử %@ được chuyển sang hồ sơ này",

        // The command line.
        "%@ candidate": "%@ người ứng cử",
        "%@ candidates": "%@ người ứng cử",
        "%@ match": "%@ trường hợp trùng",
        "%@ matches": "%@ trường hợp trùng",
        "Registered candidate %@ %@.": "Đã đăng ký người ứng cử %@ %@.",
        "no candidate has the code %@; check the code (`ttbd candidates list --search …`)":
            "không có người ứng cử nào có mã %@; hãy kiểm tra lại mã (`ttbd candidates list --search …`)",
        "--by-national-id takes no codes and no --force":
            "--by-national-id không nhận mã nào và không dùng kèm --force",
        "expected a candidate's code and a delegate's code": "cần mã người ứng cử và mã đại biểu",
        "Linked candidate %@ to delegate %@ %@: moved %@ enrollments, %@ attendance marks, %@ certificates and %@ waivers.":
            "Đã liên kết người ứng cử %@ với đại biểu %@ %@: đã chuyển %@ lượt ghi danh, %@ lượt điểm danh, "
            + "%@ giấy chứng nhận và %@ quyết định miễn điều kiện.",
        "Their account and its tokens now read delegate %@'s record.":
            "Tài khoản và các mã truy cập của người này nay đọc hồ sơ của đại biểu %@.",
        "'%@' is not a criterion; expected province=CODE, commune=CODE, body=KIND, term=CODE, first-time, full-time or candidate":
            "'%@' không phải điều kiện chọn; cần province=MÃ, commune=MÃ, body=LOẠI, term=MÃ, first-time, full-time "
            + "hoặc candidate",
    ]
}
