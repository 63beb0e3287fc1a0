import Foundation
import TrainingModel

/// A lecturers CSV: `code, full_name, organisation, home_province, modules, email, phone`; modules are
/// separated by commas, spaces or semicolons inside their cell.
public struct LecturerSheet: Sendable {
    enum Column: String, SheetColumn {
        case code
        case fullName = "full_name"
        case organisation
        case homeProvince = "home_province"
        case modules, email, phone

        var vietnameseHeader: String {
            switch self {
            case .code: "Mã giảng viên"
            case .fullName: "Họ và tên"
            case .organisation: "Cơ quan công tác"
            case .homeProvince: "Tỉnh"
            case .modules: "Chuyên đề"
            case .email: "Email"
            case .phone: "Điện thoại"
            }
        }

        static let required: [Column] = [.code, .fullName]
    }

    public let file: String
    public let reference: ResourceReference

    public init(file: String, reference: ResourceReference) {
        self.file = file
        self.reference = reference
    }

    public func read(_ data: Data) throws(InputError) -> [SheetRow<Lecturer>] {
        try SheetReader<Column>(file: file).read(data, key: \Lecturer.code) {
            (cells: inout SheetCells<Column>) -> Lecturer? in
            let code = cells.code(.code, "the lecturer's code")
            let name = cells.name(.fullName, "the lecturer's full name")
            let province = cells.province(.homeProvince, reference: reference)
            let modules = (cells.text(.modules) ?? "").split(whereSeparator: { ", ;".contains($0) }).map(String.init)
            let unknown = modules.filter { !reference.modules.contains($0) }
            if !unknown.isEmpty {
                cells.report(
                    .modules,
                    "module \(unknown.joined(separator: ", ")) is not in the catalog; expected codes of modules, such as A01"
                        as Message
                )
            }
            let email = cells.value(.email, expected: "an address like ten@example.vn") {
                ContactDetails.isEmail($0) ? $0 : nil
            }
            let phone = cells.value(.phone, expected: "a phone number of 8 to 15 digits", ContactDetails.phone)
            guard let code, let name, unknown.isEmpty else { return nil }
            return Lecturer(
                code: code, fullName: name, organisation: cells.text(.organisation), homeProvince: province,
                modules: modules, email: email, phone: phone)
        }
    }
}
