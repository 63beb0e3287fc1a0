import Testing
import TrainingModel

@Suite("Audience and candidates: only a group that names candidate admits one")
struct CandidateAudienceTests {
    static let councilCandidate = Delegate(
        code: "UV01", fullName: "Nguyễn Thị Hồng", body: .communeCouncil, term: "2026-2031", standing: .candidate)
    static let assemblyCandidate = Delegate(
        code: "UV02", fullName: "Trần Quốc Bảo", body: .nationalAssembly, term: "2026-2031", standing: .candidate)
    static let councillor = Delegate(
        code: "0101", fullName: "Nguyễn Văn An", body: .communeCouncil, term: "2026-2031", firstTime: true)

    @Test("candidate admits candidates and no delegate; a delegates' group admits no candidate of its body")
    func groups() throws {
        let candidates = try Audience(parsing: ["candidate"])
        #expect(candidates.admits(Self.councilCandidate) && candidates.admits(Self.assemblyCandidate))
        #expect(!candidates.admits(Self.councillor))
        #expect(!(try Audience(parsing: ["council"])).admits(Self.councilCandidate))
        let councilCandidates = try Audience(parsing: ["candidate+council"])
        #expect(councilCandidates.admits(Self.councilCandidate))
        #expect(!councilCandidates.admits(Self.assemblyCandidate))
        #expect(candidates.tokens == ["candidate"])
    }

    @Test("a program for everyone is for delegates; a class with no audience of its own adds no rule")
    func emptyAudience() throws {
        let open = EnrollmentRules(
            classCode: "X-01", program: "CT-X", programAudience: Audience(), classAudience: Audience())
        #expect(open.refusals(for: .init(delegate: Self.councillor)).isEmpty)
        #expect(open.refusals(for: .init(delegate: Self.councilCandidate)).map(\.reason) == [.audience])
        #expect(
            open.refusals(for: .init(delegate: Self.councilCandidate)).first?.description
                == "the program CT-X is for any delegate; this delegate is a candidate for a commune council")
        let forCandidates = EnrollmentRules(
            classCode: "D-01", program: "CT-D", programAudience: try Audience(parsing: ["candidate"]),
            classAudience: Audience())
        #expect(forCandidates.refusals(for: .init(delegate: Self.councilCandidate)).isEmpty)
        #expect(
            forCandidates.refusals(for: .init(delegate: Self.councilCandidate, waived: [.audience])).isEmpty)
    }

    @Test("a candidate's profile names what they stand for, never whether they serve for the first time")
    func profile() throws {
        let profile = Self.councilCandidate.profile(against: try Audience(parsing: ["council+first-time"]))
        #expect(profile.description == "a candidate for a commune council")
        #expect(profile.text(in: .vietnamese) == "người ứng cử đại biểu HĐND cấp xã")
    }
}
