/// giảng viên, báo cáo viên: who teaches modules, often travelling from another province.
public struct Lecturer: Hashable, Sendable, Codable {
    public var code: String
    /// In NFC.
    public var fullName: String
    /// Given name, middle names, family name (see ``VietnameseName/sortKey``).
    public var sortKey: String
    public var organisation: String?
    public var homeProvince: String?
    /// The module codes they teach, sorted.
    public var modules: [String]
    public var email: String?
    public var phone: String?

    public init(
        code: String, fullName: String, organisation: String? = nil, homeProvince: String? = nil,
        modules: [String] = [], email: String? = nil, phone: String? = nil
    ) {
        let name = VietnameseName(fullName)
        self.code = code
        self.fullName = name.fullName
        self.sortKey = name.sortKey
        self.organisation = organisation?.nfc
        self.homeProvince = homeProvince
        self.modules = Array(Set(modules)).sorted()
        self.email = email
        self.phone = phone
    }
}
