import Testing
import TrainingModel

@Suite("The golden-time step of a first-time delegate")
struct ReportInductionTests {
    let programs: [(code: String, audience: Audience)] = [
        ("CT-A", try! Audience(parsing: ["national_assembly+first-time"])),
        ("CT-B", try! Audience(parsing: ["council+first-time"])),
        ("CT-C", try! Audience(parsing: ["council"])),
    ]
    let deputy = Delegate(
        code: "QH01", fullName: "Hoàng Văn Hải", body: .nationalAssembly, term: "2026-2031", firstTime: true)
    let councillor = Delegate(
        code: "0101", fullName: "Nguyễn Văn An", body: .communeCouncil, term: "2026-2031", firstTime: true)

    func step(
        _ delegate: Delegate, named: Bool = false, trained: Set<String> = [], taking: Set<String> = [],
        waiting: Set<String> = []
    ) -> InductionStep {
        let inductions = InductionPrograms(
            programs: named ? programs.filter { $0.code == "CT-B" } : programs, named: named)
        return InductionStep(
            of: delegate, inductions: inductions, trainedIn: trained, seatedIn: taking, waitingFor: waiting)
    }

    @Test("the induction is the program whose audience asks for first-time delegates of the delegate's kind")
    func ownProgram() {
        let inductions = InductionPrograms(programs: programs, named: false)
        #expect(inductions.codes(for: deputy) == ["CT-A"])
        #expect(inductions.codes(for: councillor) == ["CT-B"])
        #expect(step(councillor) == .notEnrolled)
        #expect(step(councillor, taking: ["CT-B"]) == .inProgress)
        // Only on a wait list is not learning yet; a seat in one class outranks waiting for another.
        #expect(step(councillor, waiting: ["CT-B"]) == .waitlisted)
        #expect(step(councillor, taking: ["CT-B"], waiting: ["CT-B"]) == .inProgress)
        #expect(step(councillor, trained: ["CT-B"], taking: ["CT-B"]) == .trained)
        // Another program, even one the delegate may take, is not their induction.
        #expect(step(councillor, trained: ["CT-C"]) == .notEnrolled)
    }

    @Test("a named program is the induction of everyone its audience admits, and of no one else")
    func namedProgram() {
        #expect(step(councillor, named: true, taking: ["CT-B"]) == .inProgress)
        #expect(step(deputy, named: true) == .withoutProgram)
        #expect(step(deputy, named: false, trained: ["CT-A"]) == .trained)
    }
}
