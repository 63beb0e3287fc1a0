/// How far a first-time delegate is with their induction program: a column of the golden-time tracker.
public enum InductionStep: String, Hashable, Sendable, Codable, CaseIterable {
    /// No program of the term (or not the one named) is for them.
    case withoutProgram
    /// Neither trained in their induction program nor enrolled or wait-listed in a class of it.
    case notEnrolled
    /// Only on the wait list of a class of it: no seat yet.
    case waitlisted
    /// Holding a seat in a class of it, not trained yet.
    case inProgress
    case trained

    /// The step of `delegate`, given the programs they are trained in, have a seat in, and wait for
    /// (`delegate_programs`). Any one induction program trained counts as trained.
    public init(
        of delegate: Delegate, inductions: InductionPrograms, trainedIn: Set<String>, seatedIn: Set<String>,
        waitingFor: Set<String>
    ) {
        let programs = inductions.codes(for: delegate)
        if programs.isEmpty {
            self = .withoutProgram
        } else if !trainedIn.isDisjoint(with: programs) {
            self = .trained
        } else if !seatedIn.isDisjoint(with: programs) {
            self = .inProgress
        } else if !waitingFor.isDisjoint(with: programs) {
            self = .waitlisted
        } else {
            self = .notEnrolled
        }
    }
}

/// The programs of a term that can be a delegate's induction (bồi dưỡng lần đầu).
public struct InductionPrograms: Sendable {
    /// Program codes and who each is for.
    public var programs: [(code: String, audience: Audience)]
    /// Staff named the program: it is everyone's induction whom its audience admits. Otherwise a program is
    /// a delegate's induction when one of its audience groups asks for `first-time` and admits them (CT-A
    /// for first-time deputies, CT-B for first-time council delegates).
    public var named: Bool

    public init(programs: [(code: String, audience: Audience)], named: Bool) {
        self.programs = programs
        self.named = named
    }

    public func codes(for delegate: Delegate) -> [String] {
        programs.filter { program in
            named
                ? program.audience.admits(delegate)
                : program.audience.groups.contains { $0.conditions.contains(.firstTime) && $0.admits(delegate) }
        }.map(\.code)
    }
}
