/// The class a notice about a delegate's place or certificate is about, as the change saw it (the outbox row's
/// payload).
public struct ClassNews: Sendable, Equatable, Codable {
    public var classCode: String
    public var curriculumTitle: String
    public var cohortCode: String?
    public var startsOn: CalendarDate
    public var endsOn: CalendarDate
    public var venueName: String?
    public var online: Bool
    public var classCancelled: Bool
    public var cancellationReason: String?
    /// The delegate's place on the wait list, counting from 1 (a wait-list notice).
    public var waitlistPlace: Int?
    /// A certificate notice's number.
    public var certificateNumber: String?

    public init(
        classCode: String, curriculumTitle: String, cohortCode: String? = nil, startsOn: CalendarDate,
        endsOn: CalendarDate, venueName: String? = nil, online: Bool = false, classCancelled: Bool = false,
        cancellationReason: String? = nil, waitlistPlace: Int? = nil, certificateNumber: String? = nil
    ) {
        self.classCode = classCode
        self.curriculumTitle = curriculumTitle
        self.cohortCode = cohortCode
        self.startsOn = startsOn
        self.endsOn = endsOn
        self.venueName = venueName
        self.online = online
        self.classCancelled = classCancelled
        self.cancellationReason = cancellationReason
        self.waitlistPlace = waitlistPlace
        self.certificateNumber = certificateNumber
    }
}
