import PostgresInfrastructure
import PostgresNIO
import TestSupport
import Testing
import TrainingModel
import TrainingOperations
import TrainingPlanner
import TrainingStore

/// The what-if on ``InductionWorld``: each suggestion is checked by applying it and planning again.
@Suite("What the golden time takes")
struct InductionWhatIfTests {
    let number = EnrollmentFixture.number

    /// One lecturer (GV01, of Hà Nội) and one week: most classes cannot be scheduled.
    static let tight = InductionWorld.request(within: ("2026-06-01", "2026-06-05"), dryRun: true)

    static func with(lecturers: [String], _ body: (TestDatabase, Database) async throws -> Void) async throws {
        try await TestDatabase.with { database in
            try await database.run { pool in
                try await InductionWorld.load(into: pool, lecturers: lecturers)
                try await body(database, pool)
            }
        }
    }

    @Test("each suggestion, applied and planned again, places as many as it says, and nothing is written")
    func suggestionsHold() async throws {
        try await Self.with(lecturers: ["01"]) { testDatabase, database in
            let operations = TrainingOperations(database: database)
            let before = try await testDatabase.fingerprint()
            let answer = try await operations.inductionWhatIf(Self.tight)
            #expect(try await testDatabase.fingerprint() == before)
            let plan = try await operations.planInduction(Self.tight)
            #expect(answer.plan.leftOutCount == plan.leftOutCount)
            #expect(plan.leftOut.contains { $0.kind == "not-planned" })
            #expect(answer.suggestions.map(\.kind) == ["lecturers", "end-date", "class-size", "online"])
            for suggestion in answer.suggestions {
                #expect(suggestion.places + suggestion.remaining == plan.leftOutCount)
            }
            var checked = 0
            for suggestion in answer.suggestions {
                var changed = Self.tight
                switch suggestion.change {
                case .endDate(let date): changed.endsOn = date
                case .classSize(let size): changed.classSize = size
                case .online(let provinces): changed.onlineProvinces = Set(provinces)
                case .lecturers, nil: continue
                }
                let again = try await operations.planInduction(changed)
                #expect(again.leftOutCount == suggestion.remaining, "\(suggestion.explanation)")
                checked += 1
            }
            #expect(checked == 3, "every kind but lecturers places someone here")
            // The new lecturers, hired for real: as many of each module as the suggestion says at least.
            let lecturers = try #require(answer.suggestions.first)
            guard case .lecturers(let needs) = lecturers.change else {
                Issue.record("no lecturers suggested: \(lecturers.explanation)")
                return
            }
            // Hà Nội's one room holds ten half-days a week and its cohorts need twelve: lecturers cannot free a room.
            #expect(lecturers.remaining < plan.leftOutCount)
            #expect(lecturers.remaining >= 8, "the provinces without a venue or a room stay left out")
            #expect(Set(needs.modules.map(\.module)).isSubset(of: ["B01", "B02"]))
            #expect(needs.rows.allSatisfy { $0.month == "2026-06" && ["01", "79"].contains($0.province) })
            for module in needs.modules {
                try await database.client.query(
                    """
                    WITH added AS (
                        INSERT INTO lecturers (code, full_name, name_sort_key)
                        SELECT 'NEW-' || \(module.module) || '-' || g, 'Giảng viên mới ' || g, 'mới ' || g
                        FROM generate_series(1, \(module.lecturers)::int) AS g RETURNING id)
                    INSERT INTO lecturer_modules SELECT id, \(module.module) FROM added
                    """, logger: InductionWorld.logger)
            }
            let hired = try await operations.planInduction(Self.tight)
            #expect(hired.leftOutCount <= lecturers.remaining)
        }
    }

    @Test("when nobody is left out the answer says so and tries nothing else")
    func nobodyLeftOut() async throws {
        try await Self.with(lecturers: ["01", "79"]) { _, database in
            var request = InductionWorld.request(dryRun: true)
            request.onlineProvinces = ["12", "04"]
            let answer = try await TrainingOperations(database: database).inductionWhatIf(request)
            #expect(answer.plan.leftOutCount == 0)
            #expect(answer.plan.placed == 164)
            #expect(answer.suggestions.isEmpty)
            #expect(answer.trials == 1)
        }
    }

    @Test("a sitting that covers the days stays: no suggestion places the delegates it keeps out")
    func sittingStaysHard() async throws {
        try await Self.with(lecturers: ["01", "79"]) { _, database in
            try await database.client.query(
                """
                INSERT INTO unavailability (kind, body_id, during, reason)
                SELECT 'sitting', id, tstzrange('2026-06-01 00:00+07', '2027-01-01 00:00+07'), 'Kỳ họp thứ nhất'
                FROM bodies WHERE province_code = '79'
                """, logger: InductionWorld.logger)
            let answer = try await TrainingOperations(database: database).inductionWhatIf(Self.tight)
            let hoChiMinhCity = 57
            #expect(answer.plan.leftOut.filter { $0.province == "79" }.map(\.delegateCodes.count).reduce(0, +) == 57)
            #expect(answer.suggestions.allSatisfy { $0.remaining >= hoChiMinhCity })
            let byKind = Dictionary(uniqueKeysWithValues: answer.suggestions.map { ($0.kind, $0) })
            #expect(byKind["lecturers"]?.places == 0, "Hà Nội's room, not its lecturers, keeps the rest out")
            // Online places the provinces with no room or venue, and Hà Nội's room no longer binds; never Hồ Chí
            // Minh City, which sits.
            guard case .online(let provinces) = byKind["online"]?.change else {
                Issue.record("online places nobody")
                return
            }
            #expect(Set(provinces).isSuperset(of: ["12", "04"]))
            #expect(!provinces.contains("79"))
            // Applied, the later end date still leaves every Hồ Chí Minh City delegate out.
            guard case .endDate(let date) = byKind["end-date"]?.change else { return }
            var later = Self.tight
            later.endsOn = date
            let again = try await TrainingOperations(database: database).planInduction(later)
            #expect(again.leftOut.filter { $0.province == "79" }.map(\.delegateCodes.count).reduce(0, +) == 57)
        }
    }

    @Test("new lecturers for an online class are needed in the province the class is for")
    func onlineLecturersHaveProvince() async throws {
        try await Self.with(lecturers: ["01"]) { _, database in
            var request = Self.tight
            request.onlineProvinces = ["79"]
            let answer = try await TrainingOperations(database: database).inductionWhatIf(request)
            guard case .lecturers(let needs) = answer.suggestions.first?.change else {
                Issue.record("no lecturers suggested: \(answer.suggestions.first?.explanation.description ?? "")")
                return
            }
            #expect(needs.rows.contains { $0.province == "79" }, "\(needs.rows)")
            #expect(needs.rows.allSatisfy { ["01", "79"].contains($0.province) }, "\(needs.rows)")
        }
    }

    @Test("a latest end date before the window's end or past the term is refused")
    func badLatestEnd() async throws {
        try await Self.with(lecturers: ["01"]) { _, database in
            for day in ["2026-06-05", "2031-12-31"] {
                let error = await #expect(throws: StoreError.self) {
                    try await TrainingOperations(database: database).inductionWhatIf(
                        Self.tight, latestEnd: CalendarDate(parsing: day)!)
                }
                #expect(error?.message.hasPrefix("the latest end date") == true, "\(error?.message ?? "")")
                #expect(error?.kind == .badData)
            }
        }
    }

    @Test("an online province the catalog lacks is refused before anything is planned")
    func unknownOnlineProvince() async throws {
        try await Self.with(lecturers: ["01"]) { _, database in
            var request = Self.tight
            request.onlineProvinces = ["79", "99"]
            let error = await #expect(throws: StoreError.self) {
                try await TrainingOperations(database: database).planInduction(request)
            }
            #expect(error?.message == "no province has the code 99")
            #expect(error?.kind == .badData)
        }
    }
}
