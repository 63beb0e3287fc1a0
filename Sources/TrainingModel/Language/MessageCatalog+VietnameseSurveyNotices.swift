extension MessageCatalog {
    /// Notices that a survey round has opened.
    static let surveyNoticesInVietnamese: [String: String] = [
        "TTBD_PUBLIC_URL '%@' is not the service's address; expected http:// or https:// and a host, e.g. https://ttbd.example.vn":
            "TTBD_PUBLIC_URL '%@' không phải địa chỉ của dịch vụ; cần bắt đầu bằng http:// hoặc https:// và có tên máy chủ, ví dụ https://ttbd.example.vn"
    ]
}
