import Foundation
import TrainingModel

/// Simulated annealing over three moves: a lecture to another (period, room), which becomes a swap when the
/// place is taken; a lecture to another room in its period; and a Kempe chain exchange between the lecture's
/// period and another. The temperature falls geometrically with the share of the budget used; hard
/// violations weigh ``SolverOptions/hardWeight``.
struct Annealing {
    let state: SearchState
    let options: SolverOptions
    var random: RandomGenerator
    var iterations = 0
    var firstFeasibleIteration: Int?
    var firstFeasibleSeconds: Double?
    var bestHard = Int.max
    var bestSoft = Int.max
    var bestPeriods: [Int32]
    var bestRooms: [Int32]
    /// Lectures that may change period or room.
    let movable: [Int32]
    /// Scratch for the Kempe chain move: its lectures, the rooms they go to and the rooms they leave.
    var chain: [Int32] = []
    var chainRooms: [Int32] = []
    var chainFrom: [Int32] = []
    /// Of every 1,024 iterations, how many try a Kempe chain exchange. With 1 in 8, 30-second runs of comp05, 07, 10,
    /// 12, 19 and 20 ended 1 % to 41 % cheaper than with none (mean of seeds 1 and 2); 1 in 16, 1 in 5 and 1 in 2
    /// were cheaper than none too, but less so over the six.
    static let chainShare = 128

    init(state: SearchState, options: SolverOptions, random: RandomGenerator) {
        self.state = state
        self.options = options
        self.random = random
        bestPeriods = Array(repeating: -1, count: state.lectureCount)
        bestRooms = Array(repeating: -1, count: state.lectureCount)
        movable = (0..<state.lectureCount).filter { !(state.periodFixed[$0] && state.roomFixed[$0]) }.map {
            Int32($0)
        }
    }

    var bestTimetable: Timetable {
        Timetable(
            placements: (0..<state.lectureCount).map { lecture in
                bestPeriods[lecture] < 0
                    ? nil : Placement(period: Int(bestPeriods[lecture]), room: Int(bestRooms[lecture]))
            })
    }

    mutating func recordBest() {
        if state.hard < bestHard || (state.hard == bestHard && state.soft < bestSoft) {
            if state.hard == 0 && firstFeasibleIteration == nil {
                firstFeasibleIteration = iterations
                firstFeasibleSeconds = options.timeLimit?.elapsed()
            }
            bestHard = state.hard
            bestSoft = state.soft
            for lecture in 0..<state.lectureCount {
                bestPeriods[lecture] = state.lecturePeriod[lecture]
                bestRooms[lecture] = state.lectureRoom[lecture]
            }
        }
    }

    /// The share of the budget used, from 0 to 1, which sets the temperature. With an iteration limit it
    /// counts iterations only, so that the clock never steers a reproducible run; a time limit then only stops it.
    func fraction() -> Double {
        if let limit = options.iterationLimit { return Double(iterations) / Double(max(1, limit)) }
        if let timeLimit = options.timeLimit { return timeLimit.elapsed() / max(timeLimit.seconds, 0.001) }
        return Double(iterations) / 1_000_000
    }

    /// Whether the time limit, if any, has run out.
    func outOfTime() -> Bool {
        guard let timeLimit = options.timeLimit else { return false }
        return timeLimit.elapsed() >= timeLimit.seconds
    }

    mutating func run() {
        recordBest()
        guard !movable.isEmpty, state.periodCount > 0, state.roomCount > 0 else { return }
        if state.hard > 0 {
            // Repair: hard violations only, sideways moves free, until feasible or a quarter of the budget.
            search(hardWeight: 1, softWeight: 0, temperatures: (0.1, 0.1), budget: (0, 0.25), untilFeasible: true)
        }
        let start = fraction()
        search(
            hardWeight: options.hardWeight, softWeight: 1,
            temperatures: (options.startTemperature, options.endTemperature), budget: (start, 1),
            untilFeasible: false)
        recordBest()
    }

    /// One search loop: the temperature falls geometrically from the first to the second value as the
    /// used share of the budget goes from the first to the second bound.
    mutating func search(
        hardWeight: Int, softWeight: Int, temperatures: (start: Double, end: Double),
        budget: (start: Double, end: Double), untilFeasible: Bool
    ) {
        let ratio = temperatures.end / temperatures.start
        let span = max(budget.end - budget.start, 1e-9)
        let periodCount = state.periodCount
        let roomCount = state.roomCount
        var temperature = temperatures.start
        let checkEvery = 1024
        var lastReport = iterations
        var hardWeight = hardWeight
        var infeasibleChecks = 0
        var checks = 0
        while true {
            if iterations % checkEvery == 0 {
                // A search that stays infeasible weighs hard violations more, up to a limit.
                if softWeight > 0 {
                    checks += 1
                    if state.hard > 0 { infeasibleChecks += 1 }
                    if checks == 32 {
                        if infeasibleChecks >= 24 {
                            if hardWeight >= 1000 {
                                // Stuck where no single move removes a violation: repair, then go on.
                                let used = fraction()
                                search(
                                    hardWeight: 1, softWeight: 0, temperatures: (0.1, 0.1),
                                    budget: (used, min(budget.end, used + 0.02)), untilFeasible: true)
                            }
                            hardWeight = min(hardWeight * 2, 1000)
                        }
                        checks = 0
                        infeasibleChecks = 0
                    }
                }
                let used = fraction()
                if used >= budget.end || (untilFeasible && state.hard == 0) || outOfTime() { break }
                temperature = temperatures.start * pow(ratio, min(1, max(0, (used - budget.start) / span)))
                if let progress = options.progress, iterations - lastReport >= 1 << 20 {
                    lastReport = iterations
                    progress(
                        SolverProgress(
                            iterations: iterations, fraction: used, temperature: temperature, bestHard: bestHard,
                            bestSoft: bestSoft))
                }
            }
            iterations += 1
            var lecture = Int(movable[random.next(below: movable.count)])
            if untilFeasible {
                // Mostly move lectures that are part of a violation.
                var tries = 0
                while tries < 30 && !state.isViolating(lecture: lecture) {
                    lecture = Int(movable[random.next(below: movable.count)])
                    tries += 1
                }
            }
            let oldPeriod = Int(state.lecturePeriod[lecture])
            let oldRoom = Int(state.lectureRoom[lecture])
            if periodCount > 1 && random.next(below: 1024) < Self.chainShare {
                // Any period but the lecture's own.
                var period = random.next(below: periodCount - 1)
                if period >= oldPeriod { period += 1 }
                guard state.kempeChain(from: lecture, to: period, chain: &chain, rooms: &chainRooms) else { continue }
                let periods = (oldPeriod, period)
                let change = state.moveChainCounters(chain, rooms: chainRooms, from: &chainFrom, periods: periods)
                let cost = change.hard * hardWeight + change.soft * softWeight
                if cost > 0 && random.nextUnit() >= exp(-Double(cost) / temperature) {
                    state.undoChain(chain, from: chainFrom, periods: periods)
                    continue
                }
                state.commitChain(chain, from: chainFrom, periods: periods, change: change)
                if state.hard < bestHard || (state.hard == bestHard && change.soft < 0 && state.soft < bestSoft) {
                    recordBest()
                }
                continue
            }
            var newPeriod = oldPeriod
            var newRoom = oldRoom
            let kind = random.next(below: 8)
            if kind == 0 || state.periodFixed[lecture] {
                if state.roomFixed[lecture] { continue }
                newRoom = random.next(below: roomCount)
            } else {
                newPeriod = random.next(below: periodCount)
                if kind >= 4 && !state.roomFixed[lecture] { newRoom = random.next(below: roomCount) }
            }
            if newPeriod == oldPeriod && newRoom == oldRoom { continue }
            let occupant = Int(state.roomLecture[newPeriod * roomCount + newRoom])
            let change: (hard: Int, soft: Int)
            if occupant < 0 {
                change = state.relocationDelta(lecture: lecture, period: newPeriod, room: newRoom)
            } else {
                if state.lectureCourse[occupant] == state.lectureCourse[lecture] { continue }
                if state.periodFixed[occupant] && newPeriod != oldPeriod { continue }
                if state.roomFixed[occupant] && newRoom != oldRoom { continue }
                change = state.swapDelta(lecture, occupant)
            }
            let cost = change.hard * hardWeight + change.soft * softWeight
            if cost > 0 && random.nextUnit() >= exp(-Double(cost) / temperature) { continue }
            if occupant < 0 {
                state.move(lecture: lecture, period: newPeriod, room: newRoom, change: change)
            } else {
                state.swap(lecture, occupant, change: change)
            }
            if state.hard < bestHard || (state.hard == bestHard && change.soft < 0 && state.soft < bestSoft) {
                recordBest()
            }
        }
    }
}
