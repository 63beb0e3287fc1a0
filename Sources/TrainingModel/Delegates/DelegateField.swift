import Foundation

/// A field of a delegate's record, named as a roster column names it (in English or Vietnamese). A roster
/// may carry any of them beside the required ones; a re-import changes only the fields its file has.
public enum DelegateField: String, CaseIterable, Sendable, Codable {
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

    public var vietnameseHeader: String {
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

    public static let required: [DelegateField] = [.code, .fullName, .body, .term]

    /// Headers as people type them: any case, with or without accents.
    private static let byHeader: [String: DelegateField] = {
        var table: [String: DelegateField] = [:]
        for column in allCases {
            table[column.rawValue] = column
            table[column.vietnameseHeader.foldedForSearch] = column
        }
        return table
    }()

    /// The field a roster header names: any case, with or without accents.
    public init?(header: String) {
        let key = header.trimmingCharacters(in: .whitespaces).foldedForSearch
        guard let column = Self.byHeader[key] else { return nil }
        self = column
    }
}
