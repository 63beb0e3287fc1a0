import TrainingModel

/// A column of the delegate roster, known by its English or Vietnamese header.
enum RosterColumn: String, CaseIterable, Sendable {
    case code
    case fullName = "full_name"
    case gender
    case birthDate = "birth_date"
    case nationalID = "national_id"
    case phone
    case email
    case body
    case provinceCode = "province_code"
    case communeCode = "commune_code"
    case term
    case firstTime = "first_time"
    case fullTime = "full_time"
    case position

    var vietnameseHeader: String {
        switch self {
        case .code: "Mã đại biểu"
        case .fullName: "Họ và tên"
        case .gender: "Giới tính"
        case .birthDate: "Ngày sinh"
        case .nationalID: "Số CCCD"
        case .phone: "Điện thoại"
        case .email: "Email"
        case .body: "Cơ quan dân cử"
        case .provinceCode: "Mã tỉnh"
        case .communeCode: "Mã xã"
        case .term: "Nhiệm kỳ"
        case .firstTime: "Lần đầu"
        case .fullTime: "Chuyên trách"
        case .position: "Chức vụ"
        }
    }

    static let required: [RosterColumn] = [.code, .fullName, .body, .term]

    /// Headers as people type them: any case, with or without accents.
    private static let byHeader: [String: RosterColumn] = {
        var table: [String: RosterColumn] = [:]
        for column in allCases {
            table[column.rawValue] = column
            table[column.vietnameseHeader.foldedForSearch] = column
        }
        return table
    }()

    init?(header: String) {
        let key = header.trimmingCharacters(in: .whitespaces).foldedForSearch
        guard let column = Self.byHeader[key] else { return nil }
        self = column
    }
}
