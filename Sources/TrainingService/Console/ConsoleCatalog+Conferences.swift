extension ConsoleCatalog {
    /// Regional conferences.
    static let conferences: [String: String] = [
        "Chưa có hội nghị vùng nào.": "No regional conference yet.",
        "Chương trình chưa có phiên nào.": "The programme has no session yet.",
        "Có mặt": "Present",
        "Cơ quan có mặt": "Bodies present",
        "Cơ quan được mời": "Invited body",
        "Cơ quan: {{bodiesInvited}} được mời, {{bodiesRegistered}} đã đăng ký, {{bodiesAttended}} có mặt.":
            "Bodies: {{bodiesInvited}} invited, {{bodiesRegistered}} registered, {{bodiesAttended}} present.",
        "Mã hội nghị": "Conference code",
        "Mã tỉnh": "Province code",
        "Người trình bày": "Speaker",
        "Nội dung": "Subject",
        "Phiên": "Session",
        "Số chỗ": "Seats",
        "Theo phiên": "By session",
        "Theo tỉnh": "By province",
        "Tên hội nghị": "Title",
        "Tỉnh đăng cai": "Host province",
        "Vùng": "Region",
        "Đã đăng ký": "Registered",
        "Đại biểu có mặt": "Delegates present",
        "Đại biểu đăng ký": "Delegates registered",
    ]
}
