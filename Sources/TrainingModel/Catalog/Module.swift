/// Chuyên đề: a topic taught in one or more half-day sessions (buổi).
public struct Module: Hashable, Sendable {
    public var code: String
    public var title: String
    public var englishTitle: String?
    /// Half-day sessions (sáng or chiều) the module takes; always positive.
    public var halfDaySessions: Int
    /// Codes of the modules a delegate should have attended first; they may belong to another curriculum.
    public var prerequisites: [String]
    /// An alternative to the prerequisites the rule allows, in words (e.g. "or a year as a delegate").
    public var prerequisiteNote: String?
    public var targetGroups: [String]
    public var elective: Bool
    public var assessments: [Assessment]
    /// Codes of the materials that go with the module.
    public var materials: [String]

    public init(
        code: String, title: String, englishTitle: String? = nil, halfDaySessions: Int, prerequisites: [String] = [],
        prerequisiteNote: String? = nil, targetGroups: [String] = [], elective: Bool = false,
        assessments: [Assessment] = [.attendance], materials: [String] = []
    ) {
        self.code = code
        self.title = title
        self.englishTitle = englishTitle
        self.halfDaySessions = halfDaySessions
        self.prerequisites = prerequisites
        self.prerequisiteNote = prerequisiteNote
        self.targetGroups = targetGroups
        self.elective = elective
        self.assessments = assessments
        self.materials = materials
    }
}
