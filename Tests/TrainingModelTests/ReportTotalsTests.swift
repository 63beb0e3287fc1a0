import Testing
import TrainingModel

@Suite("Report totals add up lines and take shares of the sums")
struct ReportTotalsTests {
    @Test("a class's total adds each count and recomputes the share; nothing held has no share")
    func attendance() {
        let first = AttendanceCounts(held: 4, present: 3, late: 1, excused: 0, absent: 0, unmarked: 0, attended: 4)
        let second = AttendanceCounts(held: 2, present: 0, late: 0, excused: 1, absent: 1, unmarked: 0, attended: 0)
        let report = ClassAttendance(
            classCode: "B-HN-01", curriculumCode: "CT-B",
            delegates: [
                ClassAttendance.Line(
                    delegateCode: "1", fullName: "A", cohort: nil, counts: first, meetsCompletionRule: true),
                ClassAttendance.Line(
                    delegateCode: "2", fullName: "B", cohort: nil, counts: second, meetsCompletionRule: false),
            ])
        #expect(
            report.total.counts
                == AttendanceCounts(held: 6, present: 3, late: 1, excused: 1, absent: 1, unmarked: 0, attended: 4))
        #expect(report.total.counts.attendedShare == 4.0 / 6.0)
        #expect(report.total.meetingCompletionRule == 1)
        #expect(AttendanceCounts.zero.attendedShare == nil)
    }

    @Test("completion and golden-time totals add their groups")
    func groups() throws {
        let completion = CompletionReport(
            grouping: .body, program: nil, term: nil,
            groups: [
                CompletionReport.Line(key: "national_assembly", label: "Quốc hội", seated: 0, completed: 0),
                CompletionReport.Line(key: "province_council", label: "HĐND tỉnh", seated: 5, completed: 2),
            ])
        #expect(completion.groups[0].completionRate == nil)
        #expect(
            completion.total.seated == 5 && completion.total.completed == 2 && completion.total.completionRate == 0.4)
        #expect(CompletionGrouping.body.label(key: "commune_council", name: nil) == "HĐND xã")

        let golden = GoldenTimeReport(
            term: "2026-2031", program: nil, today: try #require(CalendarDate(parsing: "2026-08-09")),
            inductionEndsOn: nil, daysLeft: nil,
            provinces: [
                GoldenTimeReport.Line(
                    provinceCode: "01", provinceName: "Hà Nội", firstTimeDelegates: 3, withoutProgram: 0,
                    notEnrolled: 1, waitlisted: 0, inProgress: 1, trained: 1),
                GoldenTimeReport.Line(
                    provinceCode: "79", provinceName: "Hồ Chí Minh", firstTimeDelegates: 4, withoutProgram: 1,
                    notEnrolled: 1, waitlisted: 1, inProgress: 0, trained: 1),
            ])
        #expect(
            golden.total
                == GoldenTimeReport.Line(
                    provinceCode: "total", provinceName: "Tổng cộng", firstTimeDelegates: 7, withoutProgram: 1,
                    notEnrolled: 2, waitlisted: 1, inProgress: 1, trained: 2))
    }
}
