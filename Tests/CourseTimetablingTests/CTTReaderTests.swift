import CourseTimetabling
import Testing
import TrainingModel

@Suite("Reading .ctt instances")
struct CTTReaderTests {
    static let small = """
        Name: Toy
        Courses: 2
        Rooms: 2
        Days: 2
        Periods_per_day: 3
        Curricula: 1
        Constraints: 2

        COURSES:
        law t1 2 2 30
        budget t2 1 1 10

        ROOMS:
        A 40
        B 10

        CURRICULA:
        q1 2 law budget

        UNAVAILABILITY_CONSTRAINTS:
        law 0 1
        budget 1 2

        END.
        """

    /// The diagnostics of reading `text`, which must fail.
    func diagnostics(_ text: String) -> [String] {
        do {
            _ = try CTTReader(file: "bad.ctt").read(text)
            Issue.record("expected the reader to fail")
            return []
        } catch {
            return error.diagnostics.map(\.description)
        }
    }

    @Test("reads courses, rooms, curricula and unavailability")
    func readsSmall() throws {
        let problem = try CTTReader(file: "toy.ctt").read(Self.small)
        #expect(problem.name == "Toy")
        #expect(problem.days == 2 && problem.periodsPerDay == 3)
        #expect(problem.courses.map(\.name) == ["law", "budget"])
        #expect(problem.courses[0].lectureCount == 2 && problem.courses[0].minimumWorkingDays == 2)
        #expect(problem.courses[0].students == 30)
        #expect(problem.lecturers.map(\.name) == ["t1", "t2"])
        #expect(problem.rooms == [Room(name: "A", capacity: 40), Room(name: "B", capacity: 10)])
        #expect(problem.curricula == [Curriculum(name: "q1", courses: [0, 1])])
        #expect(problem.courses[0].unavailablePeriods == [1])
        #expect(problem.courses[1].unavailablePeriods == [5])
        #expect(problem.lectureCourses == [0, 0, 1])
    }

    @Test("reads the real instance comp01")
    func readsComp01() throws {
        let problem = try Problems.comp01()
        #expect(problem.courses.count == 30)
        #expect(problem.rooms.count == 6)
        #expect(problem.curricula.count == 14)
        #expect(problem.lectureCount == 160)
        #expect(problem.courses.reduce(0) { $0 + $1.unavailablePeriods.count } == 53)
    }

    @Test("a word where a number belongs is reported at its line and column")
    func badNumber() {
        let text = Self.small.replacingOccurrences(of: "law t1 2 2 30", with: "law t1 two 2 30")
        #expect(diagnostics(text) == ["bad.ctt:10:8: expected a number of lectures, found `two`"])
    }

    @Test("a curriculum naming an unknown course is reported at the course")
    func unknownCourse() {
        let text = Self.small.replacingOccurrences(of: "q1 2 law budget", with: "q1 2 law bugdet")
        #expect(
            diagnostics(text) == ["bad.ctt:18:10: unknown course `bugdet`; expected one declared under COURSES:"])
    }

    @Test("a day outside the week is reported")
    func dayOutOfRange() {
        let text = Self.small.replacingOccurrences(of: "budget 1 2", with: "budget 7 2")
        #expect(diagnostics(text) == ["bad.ctt:22:8: expected a day from 0 to 1, found 7"])
    }

    @Test("fewer course lines than the header declares stops at the next section")
    func tooFewCourses() {
        let text = Self.small.replacingOccurrences(of: "Courses: 2", with: "Courses: 3")
        #expect(
            diagnostics(text) == [
                "bad.ctt:13:1: found `ROOMS:` after 2 of the 3 course lines the header declares; expected "
                    + "`<course> <teacher> <lectures> <min days> <students>`"
            ])
    }

    @Test("a missing header line names the key that was expected")
    func missingHeader() {
        let text = Self.small.replacingOccurrences(of: "Days: 2\n", with: "")
        #expect(diagnostics(text) == ["bad.ctt:4:1: expected `Days: <value>`, found `Periods_per_day:`"])
    }

    @Test("a line with the wrong number of fields is reported")
    func wrongFieldCount() {
        let text = Self.small.replacingOccurrences(of: "A 40", with: "A 40 extra")
        #expect(diagnostics(text) == ["bad.ctt:14:6: expected 2 fields `<room> <capacity>`, found 3"])
    }

    @Test("a curriculum whose count disagrees with its list is reported")
    func curriculumCount() {
        let text = Self.small.replacingOccurrences(of: "q1 2 law budget", with: "q1 3 law budget")
        #expect(diagnostics(text) == ["bad.ctt:18:4: curriculum `q1` declares 3 courses but lists 2"])
    }

    @Test("a file without END. is reported after its last line")
    func missingEnd() {
        let text = Self.small.replacingOccurrences(of: "END.", with: "")
        #expect(
            diagnostics(text) == [
                "bad.ctt:23:1: the file ends without `END.`; expected `END.` after the unavailability constraints"
            ])
    }

    @Test("every bad line is reported in one run")
    func severalProblems() {
        let text = Self.small
            .replacingOccurrences(of: "law t1 2 2 30", with: "law t1 2 x 30")
            .replacingOccurrences(of: "B 10", with: "B -3")
        #expect(diagnostics(text).count == 2)
    }

    @Test("an empty file says what it expected first")
    func emptyFile() {
        #expect(diagnostics("") == ["bad.ctt:1:1: the file ends early; expected `Name: <value>`"])
    }
}
