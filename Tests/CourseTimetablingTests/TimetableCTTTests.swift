import CourseTimetabling
import Testing

@Suite("Writing .ctt solutions")
struct TimetableCTTTests {
    @Test("writes course, room, day and period per placed lecture")
    func writes() throws {
        let problem = try CTTReader(file: "toy.ctt").read(CTTReaderTests.small)
        let timetable = Timetable(placements: [
            Placement(period: 0, room: 0), Placement(period: 4, room: 1), nil,
        ])
        #expect(timetable.cttSolution(for: problem) == "law A 0 0\nlaw B 1 1\n")
    }
}
