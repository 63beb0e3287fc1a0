/// One delegate on a class's roster (danh sách lớp): seated or waiting for a seat.
public struct RosterEntry: Hashable, Sendable, Codable {
    public var delegateCode: String
    public var fullName: String
    public var body: Delegate.BodyKind
    /// e.g. `HĐND thành phố Hà Nội`.
    public var bodyName: String
    public var provinceCode: String?
    public var provinceName: String?
    /// A National Assembly deputy's delegation, e.g. `Đoàn ĐBQH thành phố Hà Nội`: where people look for
    /// their province.
    public var delegation: String?
    /// The cohort (khóa/nhóm) the delegate sits in, e.g. `N1`; none while wait-listed.
    public var cohort: String?
    /// Enrolled, wait-listed or completed.
    public var status: EnrollmentStatus
    /// 1 for the next delegate to get a seat; only for the wait-listed.
    public var waitlistPosition: Int?

    public init(
        delegateCode: String, fullName: String, body: Delegate.BodyKind, bodyName: String, provinceCode: String?,
        provinceName: String?, delegation: String? = nil, cohort: String?, status: EnrollmentStatus,
        waitlistPosition: Int?
    ) {
        self.delegateCode = delegateCode
        self.fullName = fullName
        self.body = body
        self.bodyName = bodyName
        self.provinceCode = provinceCode
        self.provinceName = provinceName
        self.delegation = delegation
        self.cohort = cohort
        self.status = status
        self.waitlistPosition = waitlistPosition
    }
}
