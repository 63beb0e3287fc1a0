extension MessageCatalog {
    /// Seats reserved by province or body.
    static let seatsInVietnamese: [String: String] = [
        // Whom seats are reserved for.
        "province %@ %@": "tỉnh %@ (%@)",
        "province %@": "tỉnh %@",
        "the National Assembly": "Quốc hội",
        "the province councils": "HĐND cấp tỉnh",
        "the commune councils": "HĐND cấp xã",

        // Reserving, refused.
        "cannot reserve %@ seats of %@ for %@; nothing was written:\n%@":
            "không dành riêng được %@ chỗ của lớp %@ cho %@; chưa ghi gì:\n%@",
        "the seats would be held until %@, which is already past (today is %@)":
            "ngày giữ chỗ %@ đã qua (hôm nay là %@)",
        "the seats would be held until %@, after the class ends on %@":
            "ngày giữ chỗ %@ muộn hơn ngày kết thúc lớp %@",
        "the class has %@ seats and reserves %@ for other groups; at most %@ more can be reserved":
            "lớp có %@ chỗ và đã dành riêng %@ chỗ cho các nhóm khác; chỉ có thể dành riêng thêm tối đa %@ chỗ",
        "%@ delegates of %@ already hold seats; the reservation cannot be smaller":
            "%@ đại biểu của %@ đã có chỗ trong lớp; số chỗ dành riêng không thể ít hơn",
        "class %@ reserves no seats for %@; nothing to remove":
            "lớp %@ không dành riêng chỗ nào cho %@; không có gì để bỏ",
        "class %@ is closed; its seats cannot be reserved; nothing was written":
            "lớp %@ đã kết thúc nên không dành riêng chỗ được nữa; chưa ghi gì",
        "class %@ is cancelled; its seats cannot be reserved; nothing was written":
            "lớp %@ đã bị hủy nên không dành riêng chỗ được nữa; chưa ghi gì",
        "%@ seats are reserved for provinces or bodies; the capacity cannot go below %@ (remove or reduce the reservations first)":
            "đang có %@ chỗ dành riêng cho các tỉnh hoặc cơ quan; số chỗ của lớp không thể ít hơn %@ (hãy bỏ hoặc giảm chỗ dành riêng trước)",
        "a reservation of class %@ names no group ttbd knows":
            "một suất chỗ dành riêng của lớp %@ ghi một nhóm mà ttbd không nhận ra",
        "a reservation of class %@ has no readable day": "một suất chỗ dành riêng của lớp %@ có ngày không đọc được",
        "class %@ has a day ttbd cannot read": "lớp %@ có ngày mà ttbd không đọc được",

        // The command line.
        "give either --province CODE or --body KIND":
            "hãy cho --province MÃ_TỈNH hoặc --body LOẠI_CƠ_QUAN, chỉ một trong hai",
        "Reserved %@ seats of %@ for %@ until %@; %@ of them taken.":
            "Đã dành riêng %@ chỗ của lớp %@ cho %@ đến hết ngày %@; đã dùng %@ chỗ.",
        "Removed the %@ seats of %@ reserved for %@; %@ wait-listed delegates got a seat.":
            "Đã bỏ %@ chỗ của lớp %@ dành riêng cho %@; %@ đại biểu trong danh sách chờ được nhận chỗ.",
        "%@: %@ seats, %@ taken": "%@: %@ chỗ, đã dùng %@",
        "%@, held until %@": "%@, giữ đến hết ngày %@",
        "%@, held until %@, now open to all": "%@, giữ đến hết ngày %@, nay đã mở cho mọi người",
        "held": "đang giữ",
        "expired": "đã hết hạn",
        "%@ reservation": "%@ suất chỗ dành riêng",
        "%@ reservations": "%@ suất chỗ dành riêng",
    ]
}
