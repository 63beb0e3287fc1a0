import Foundation
import Testing
import TrainingImport
import TrainingModel

@Suite("Reading a check-in log")
struct AttendanceCheckInReaderTests {
    func read(_ text: String) throws -> CheckInLog {
        try CheckInLogReader(file: "log.csv").read(Data(text.utf8))
    }

    @Test("reads codes and times with English or Vietnamese headers, in any order, a delegate more than once")
    func reads() throws {
        let english = try read("code,time\n0101,2026-05-04 07:35\n0101,2026-05-04T07:50:00+07:00\n").checkIns
        #expect(english.map(\.delegateCode) == ["0101", "0101"])
        #expect(english.map(\.line) == [2, 3])
        #expect(english[1].time.utcOffsetMinutes == 420)
        #expect(english[0].timeColumn == 6)
        let vietnamese = try read("Thời gian;Mã đại biểu\n2026-05-04 07:35;0102\n").checkIns
        #expect(vietnamese.first?.delegateCode == "0102")
        #expect(vietnamese.first?.codeColumn == 18)
    }

    @Test("reports every bad row at its line and column, and keeps the good ones")
    func badRows() throws {
        let log = try read("code,time\n0101,2026-05-04 07:35\n,2026-05-04 07:36\n0103,yesterday\n0104,\n")
        #expect(log.checkIns.map(\.line) == [2])
        #expect(
            log.problems.map(\.description) == [
                "log.csv:3:1: code is empty; expected the delegate's code",
                "log.csv:4:6: time 'yesterday' is not valid; expected YYYY-MM-DD HH:MM at the venue, or ISO 8601 with an offset such as +07:00",
                "log.csv:5:6: time is empty; expected the time of the check-in",
            ])
    }

    @Test("a header without the time column refuses the file")
    func missingColumn() {
        #expect {
            try read("code,when\n0101,2026-05-04 07:35\n")
        } throws: { error in
            (error as? InputError)?.description.hasPrefix("log.csv:1:6: column 'when' is unknown") == true
        }
    }
}
