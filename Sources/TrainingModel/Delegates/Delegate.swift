/// đại biểu: an elected representative of one body, in one term.
public struct Delegate: Hashable, Sendable, Codable {
    public enum Gender: String, Sendable, CaseIterable, Codable {
        case female
        case male
        case other
    }

    /// Cơ quan dân cử: the body a delegate was elected to.
    public enum BodyKind: String, Sendable, CaseIterable, Codable {
        /// Quốc hội.
        case nationalAssembly = "national_assembly"
        /// HĐND tỉnh.
        case provinceCouncil = "province_council"
        /// HĐND xã.
        case communeCouncil = "commune_council"
    }

    /// Whether the person serves or stands: a candidate (người ứng cử) is trained before an election, for the
    /// body in ``body``, and is no delegate until elected and linked to their delegate record.
    public enum Standing: String, Sendable, CaseIterable, Codable {
        case delegate
        case candidate
    }

    /// The center's code for the delegate; text, so leading zeros survive.
    public var code: String
    /// In NFC.
    public var fullName: String
    /// Given name, middle names, family name: what lists sort by (see ``VietnameseName/sortKey``).
    public var sortKey: String
    public var gender: Gender?
    public var birthDate: CalendarDate?
    /// CCCD: 12 digits.
    public var nationalID: String?
    public var phone: String?
    public var email: String?
    public var body: BodyKind
    public var provinceCode: String?
    public var communeCode: String?
    /// e.g. `2026-2031`.
    public var term: String
    /// trúng cử lần đầu.
    public var firstTime: Bool
    /// chuyên trách.
    public var fullTime: Bool
    /// chức vụ.
    public var position: String?
    public var standing: Standing

    public init(
        code: String, fullName: String, sortKey: String? = nil, gender: Gender? = nil, birthDate: CalendarDate? = nil,
        nationalID: String? = nil, phone: String? = nil, email: String? = nil, body: BodyKind,
        provinceCode: String? = nil, communeCode: String? = nil, term: String, firstTime: Bool = false,
        fullTime: Bool = false, position: String? = nil, standing: Standing = .delegate
    ) {
        self.code = code
        self.fullName = fullName
        self.sortKey = sortKey ?? VietnameseName(fullName).sortKey
        self.gender = gender
        self.birthDate = birthDate
        self.nationalID = nationalID
        self.phone = phone
        self.email = email
        self.body = body
        self.provinceCode = provinceCode
        self.communeCode = communeCode
        self.term = term
        self.firstTime = firstTime
        self.fullTime = fullTime
        self.position = position
        self.standing = standing
    }

}
