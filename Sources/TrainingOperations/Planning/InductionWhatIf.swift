import PostgresInfrastructure
public import TrainingModel
import TrainingPlanner
public import TrainingStore

extension TrainingOperations {
    /// What the golden time takes: plans `request` as `planInduction` would, then, when someone is left out, tries
    /// each change on its own by planning again with it applied — new lecturers for the program's modules, a later
    /// end date up to `latestEnd` (by default the window's length again, within the term), larger classes up to
    /// the largest room, the provinces with delegates left out taught online — and reports the smallest of each
    /// with its effect. Lecturers' own calendars and the sittings are never changed. Everything is rolled back.
    public func inductionWhatIf(
        _ request: InductionRequest, latestEnd: CalendarDate? = nil,
        progress: @escaping @Sendable (Message) -> Void = { _ in }
    ) async throws -> InductionWhatIfReport {
        try await database.transaction(dryRun: true) { transaction in
            let store = database.induction
            var trials = 0
            func leftOut(with changed: InductionRequest) async throws -> Int {
                trials += 1
                return try await store.trialPlan(changed, in: transaction).leftOutCount
            }
            let bound = try await endBound(request, latestEnd: latestEnd, in: transaction)
            progress("planning as asked, then with new lecturers")
            // The plan as asked comes first in the lecturers' trial, which goes on only for classes it could not
            // schedule: those are what lecturers, days or seats can help; a province without a venue or a room
            // waits for a place, which only teaching it online gives.
            let lecturers = try await store.lecturerTrial(request, rounds: 8, in: transaction)
            trials += lecturers.plans
            let base = lecturers.plan
            var report = InductionWhatIfReport(
                plan: base, latestEnd: bound, largestRoom: try await store.largestRoom(in: transaction),
                suggestions: [], trials: trials)
            let total = base.leftOutCount
            guard total > 0 else { return report }
            let schedulable = base.leftOut.contains { $0.kind == "not-planned" }
            report.suggestions.append(.lecturers(lecturers.needs, leftOut: total, remaining: lecturers.leftOut))

            progress("trying later end dates")
            var later = request
            let days = (request.endsOn.daysSinceEpoch + 1)...bound.daysSinceEpoch
            let end =
                schedulable && !days.isEmpty
                ? try await WhatIfSearch.smallest(in: days, improvingOn: total) { day in
                    later.endsOn = CalendarDate(daysSinceEpoch: day)
                    return try await leftOut(with: later)
                } : nil
            report.suggestions.append(
                .endDate(
                    end.map { (CalendarDate(daysSinceEpoch: $0.value), $0.leftOut) }, end: request.endsOn,
                    bound: bound, leftOut: total))

            progress("trying larger classes")
            var larger = request
            let sizes = (request.classSize + 1)...max(request.classSize + 1, report.largestRoom)
            let size =
                schedulable && report.largestRoom > request.classSize
                ? try await WhatIfSearch.smallest(in: sizes, improvingOn: total) { size in
                    larger.classSize = size
                    return try await leftOut(with: larger)
                } : nil
            report.suggestions.append(
                .classSize(
                    size.map { ($0.value, $0.leftOut) }, current: request.classSize, largest: report.largestRoom,
                    leftOut: total))

            progress("trying provinces online")
            let provinces = Self.provincesMostLeftOut(base, besides: request.onlineProvinces)
            var online = request
            let moved =
                provinces.isEmpty
                ? nil
                : try await WhatIfSearch.smallest(in: 1...provinces.count, improvingOn: total) { count in
                    online.onlineProvinces = request.onlineProvinces.union(provinces.prefix(count))
                    return try await leftOut(with: online)
                }
            var chosen = moved.map { (provinces: Array(provinces.prefix($0.value)), leftOut: $0.leftOut) }
            // The provinces are tried most left out first, and a province whose delegates a sitting keeps out
            // gains nothing online: each is dropped again when the others do as well without it (a few only,
            // since each costs a plan).
            if let found = chosen, found.provinces.count > 1, found.provinces.count <= 8 {
                var (kept, remaining) = (found.provinces, found.leftOut)
                for province in found.provinces where kept.count > 1 {
                    online.onlineProvinces = request.onlineProvinces.union(kept.filter { $0 != province })
                    let without = try await leftOut(with: online)
                    if without <= remaining { (kept, remaining) = (kept.filter { $0 != province }, without) }
                }
                chosen = (kept, remaining)
            }
            report.suggestions.append(.online(chosen, leftOut: total))
            report.trials = trials
            return report
        }
    }

    /// The last day tried: `latestEnd` when given (after the window, within the term), else the window's length
    /// again after it, no later than the term's end.
    func endBound(
        _ request: InductionRequest, latestEnd: CalendarDate?, in transaction: Transaction
    ) async throws -> CalendarDate {
        let termEnds = try await database.induction.termEnds(request.term, in: transaction) ?? request.endsOn
        guard let latestEnd else {
            let length = request.endsOn.daysSinceEpoch - request.startsOn.daysSinceEpoch + 1
            return min(termEnds, CalendarDate(daysSinceEpoch: request.endsOn.daysSinceEpoch + length))
        }
        guard request.endsOn < latestEnd, latestEnd <= termEnds else {
            throw StoreError(
                .refused,
                "the latest end date \(day: latestEnd) must be after the window's end \(day: request.endsOn) and no "
                    + "later than the term's end \(day: termEnds)")
        }
        return latestEnd
    }

    /// The provinces with delegates left out, most first, then by code; those already online aside.
    private static func provincesMostLeftOut(_ plan: InductionReport, besides online: Set<String>) -> [String] {
        var counts: [String: Int] = [:]
        for group in plan.leftOut {
            guard let province = group.province, !online.contains(province) else { continue }
            counts[province, default: 0] += group.delegateCodes.count
        }
        return counts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map(\.key)
    }
}
