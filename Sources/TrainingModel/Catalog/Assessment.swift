/// How a module checks what delegates took from it. A module may combine several (e.g. an essay and a survey).
public enum Assessment: String, Hashable, Sendable, CaseIterable {
    case attendance
    case exercise
    case test
    case project
    /// Bài thu hoạch: a reflective essay.
    case essay
    case survey
}
