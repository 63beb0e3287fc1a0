import Testing
import TrainingModel

@Suite("Audience: who may take a program or a class")
struct AudienceTests {
    static let deputy = Delegate(code: "0103", fullName: "Trần Văn Dũng", body: .nationalAssembly, term: "2026-2031")
    static let newCouncillor = Delegate(
        code: "0101", fullName: "Nguyễn Văn An", body: .communeCouncil, term: "2026-2031", firstTime: true)
    static let fullTimeDeputy = Delegate(
        code: "0105", fullName: "Phạm Thu Hà", body: .nationalAssembly, term: "2026-2031", fullTime: true)

    @Test("reads tokens and writes them back")
    func roundTrip() throws {
        let audience = try Audience(parsing: ["national_assembly+first-time", "national_assembly+full-time"])
        #expect(
            audience.groups.map(\.conditions) == [[.nationalAssembly, .firstTime], [.nationalAssembly, .fullTime]])
        #expect(audience.tokens == ["national_assembly+first-time", "national_assembly+full-time"])
        #expect(audience.description == "national_assembly+first-time or national_assembly+full-time")
        #expect(Audience().description == "any delegate")
    }

    @Test("an unknown condition is named with where it starts in the token")
    func unknownCondition() {
        #expect(throws: Audience.UnknownCondition(token: "council+firsttime", condition: "firsttime", offset: 8)) {
            try Audience(parsing: ["council", "council+firsttime"])
        }
        #expect(throws: Audience.UnknownCondition(token: "council+", condition: "", offset: 8)) {
            try Audience.group(parsing: "council+")
        }
    }

    @Test("a delegate is admitted when every condition of one group holds")
    func admits() throws {
        let programA = try Audience(parsing: ["national_assembly+first-time", "national_assembly+full-time"])
        #expect(!programA.admits(Self.deputy))
        #expect(programA.admits(Self.fullTimeDeputy))
        #expect(!programA.admits(Self.newCouncillor))
        let programB = try Audience(parsing: ["council+first-time"])
        #expect(programB.admits(Self.newCouncillor))
        #expect(!programB.admits(Self.deputy))
        #expect(Audience().admits(Self.deputy))
    }

    @Test("the profile says the facts the audience asks about")
    func profile() throws {
        #expect(
            Self.deputy.profile(against: try Audience(parsing: ["council"])).description == "a National Assembly deputy"
        )
        let firstTime = Self.deputy.profile(against: try Audience(parsing: ["council+first-time"]))
        #expect(firstTime.description == "a National Assembly deputy, not first-time")
        #expect(firstTime.text(in: .vietnamese) == "đại biểu Quốc hội, không phải lần đầu làm đại biểu")
    }
}

@Suite("Enrollment rules")
struct EnrollmentRulesTests {
    static let rules = EnrollmentRules(
        classCode: "B-HN-01", program: "CT-B", programAudience: try! Audience(parsing: ["council+first-time"]),
        classAudience: Audience())

    @Test("a deputy is refused a council program in a sentence a person understands")
    func audienceRefusal() {
        let candidate = EnrollmentRules.Candidate(delegate: AudienceTests.deputy)
        let outcome = EnrollmentOutcome(
            delegateCode: "0103", fullName: "Trần Văn Dũng", result: .refused(Self.rules.refusals(for: candidate)))
        #expect(
            outcome.description
                == "0103 Trần Văn Dũng: the program CT-B is for council+first-time; this delegate is a National Assembly deputy, not first-time"
        )
    }

    @Test("every broken rule is listed; already being in the class says only that")
    func everyRule() {
        var candidate = EnrollmentRules.Candidate(
            delegate: AudienceTests.newCouncillor, otherActiveClass: ("B-HN-02", .waitlisted),
            missingPrerequisites: ["B01"])
        #expect(
            Self.rules.refusals(for: candidate) == [
                .activeInProgram(program: "CT-B", otherClass: "B-HN-02", status: .waitlisted),
                .missingPrerequisites(["B01"]),
            ])
        candidate.trained = true
        #expect(Self.rules.refusals(for: candidate).map(\.reason) == [.trained, .prerequisites])
        candidate.statusInClass = .enrolled
        #expect(Self.rules.refusals(for: candidate) == [.alreadyInClass(classCode: "B-HN-01", status: .enrolled)])
        #expect(Self.rules.refusals(for: EnrollmentRules.Candidate(delegate: AudienceTests.newCouncillor)).isEmpty)
    }

    @Test("the class's audience narrows the program's")
    func classAudience() throws {
        var rules = Self.rules
        rules.classAudience = try Audience(parsing: ["province_council"])
        #expect(
            rules.refusals(for: EnrollmentRules.Candidate(delegate: AudienceTests.newCouncillor)).map(\.description)
                == [
                    "the class B-HN-01 is for province_council; this delegate is a commune council delegate"
                ])
    }
}

@Suite("Delegate criteria of enroll --where")
struct DelegateCriteriaTests {
    @Test("reads keys and flags")
    func parses() throws {
        let criteria = try DelegateCriteria(parsing: "province=01, first-time,body=commune_council,full-time=false")
        #expect(
            criteria
                == DelegateCriteria(provinceCode: "01", body: .communeCouncil, firstTime: true, fullTime: false))
        #expect(try DelegateCriteria(parsing: "body=council,term=2026-2031").body == .council)
    }

    @Test("refuses what it does not know")
    func refuses() {
        #expect(throws: DelegateCriteria.Invalid.self) { try DelegateCriteria(parsing: "province") }
        #expect(throws: DelegateCriteria.Invalid.self) { try DelegateCriteria(parsing: "body=first-time") }
        #expect(throws: DelegateCriteria.Invalid.self) { try DelegateCriteria(parsing: "first-time=maybe") }
    }
}
