/// How good a plan is, by kind of cost, and how much of it could not be placed. Plans compare by the sessions
/// left out first, then by the weighted total.
public struct PlanningCost: Sendable, Equatable, Comparable, Encodable {
    /// Sessions of the classes that could not be planned.
    public var unplacedSessions = 0
    /// Half-days between a class's first date and its sessions, for classes that want to be early (first-time
    /// delegates' induction), times their earliness.
    public var lateness = 0
    /// Days a lecturer teaches away from their home province.
    public var travelDays = 0
    /// Lecturers beyond the first who teach one module to one cohort.
    public var lecturerChanges = 0
    /// Rooms beyond the first a cohort uses.
    public var roomChanges = 0
    /// Sessions no longer where they were before planning.
    public var movedSessions = 0

    public init() {}

    /// The weights say how much one unit of each kind is worth against a half-day of lateness.
    public static let travelDayWeight = 3
    public static let lecturerChangeWeight = 5
    public static let roomChangeWeight = 1
    public static let movedSessionWeight = 10

    public var total: Int {
        lateness + Self.travelDayWeight * travelDays + Self.lecturerChangeWeight * lecturerChanges
            + Self.roomChangeWeight * roomChanges + Self.movedSessionWeight * movedSessions
    }

    /// Each kind's weighted share of ``total``, for the summary staff read.
    public var byKind: [(kind: String, count: Int, cost: Int)] {
        [
            ("half-days later than the class's start (first-time classes)", lateness, lateness),
            ("lecturer days away from home", travelDays, Self.travelDayWeight * travelDays),
            ("extra lecturers on one module", lecturerChanges, Self.lecturerChangeWeight * lecturerChanges),
            ("extra rooms for one cohort", roomChanges, Self.roomChangeWeight * roomChanges),
            ("sessions moved", movedSessions, Self.movedSessionWeight * movedSessions),
        ]
    }

    public static func < (lhs: PlanningCost, rhs: PlanningCost) -> Bool {
        (lhs.unplacedSessions, lhs.total) < (rhs.unplacedSessions, rhs.total)
    }
}

extension PlanningBoard {
    /// The cost of what is on the board, with `unplanned` classes' sessions counted as left out.
    func cost(unplanned: [Bool]) -> PlanningCost {
        var cost = PlanningCost()
        var travel = Set<Int>()
        for (cohort, sessions) in placements.enumerated() {
            let owner = cohortOwner[cohort]
            let trainingClass = problem.classes[owner.classIndex]
            let data = trainingClass.cohorts[owner.cohortIndex]
            if unplanned[owner.classIndex] {
                cost.unplacedSessions += data.sessionsToPlace.reduce(0, +)
                continue
            }
            let start = trainingClass.window?.lowerBound ?? 0
            let province = classProvince[owner.classIndex]
            for session in sessions {
                cost.lateness += trainingClass.earliness * (session.slot - start)
                if province >= 0, lecturerHome[session.lecturer] >= 0, lecturerHome[session.lecturer] != province {
                    travel.insert(session.lecturer * dayCount + session.slot / 2)
                }
            }
            var lecturersByModule: [Int: Set<Int>] = [:]
            for session in sessions { lecturersByModule[session.module, default: []].insert(session.lecturer) }
            cost.lecturerChanges += lecturersByModule.values.reduce(0) { $0 + $1.count - 1 }
            cost.roomChanges += max(0, Set(sessions.compactMap(\.room)).count - 1)
            cost.movedSessions += Self.moved(from: data.previous, to: sessions).count
        }
        cost.travelDays = travel.count
        return cost
    }

    /// The sessions of `previous` that are not in `now` (same module, half-day, room and lecturer), paired with
    /// where that module's sessions went instead, in time order.
    static func moved(from previous: [PlannedSession], to now: [PlannedSession]) -> [(
        before: PlannedSession, after: PlannedSession?
    )] {
        var unmatchedNow = now
        var gone: [PlannedSession] = []
        for session in previous {
            if let index = unmatchedNow.firstIndex(of: session) {
                unmatchedNow.remove(at: index)
            } else {
                gone.append(session)
            }
        }
        unmatchedNow.sort { $0.slot < $1.slot }
        return gone.sorted { $0.slot < $1.slot }.map { before in
            let index = unmatchedNow.firstIndex { $0.module == before.module }
            return (before, index.map { unmatchedNow.remove(at: $0) })
        }
    }
}
