import Foundation
import PostgresInfrastructure
import TestSupport
import Testing
import TrainingModel
import TrainingOperations

/// What a survey notice says, and when it is of no more use, without a database: the words come from the payload
/// and the service's public address alone.
@Suite("Wording a survey notice")
struct SurveyNoticeTextTests {
    /// A channel that keeps the text it was asked to send.
    final class Keeper: NoticeChannel, @unchecked Sendable {
        let lock = NSLock()
        var texts: [NoticeText] = []

        func send(_ notice: PendingNotice, saying text: NoticeText, at now: Date) async -> DeliveryOutcome {
            lock.withLock { texts.append(text) }
            return .delivered
        }
    }

    static let moduleRound = SurveyNews(
        surveyCode: "DGM", surveyTitle: "Phiếu đánh giá chuyên đề", classCode: "B-HN-01",
        curriculumTitle: "Bồi dưỡng đại biểu HĐND", moduleCode: "B01", moduleTitle: "Tình hình kinh tế - xã hội",
        closesOn: CalendarDate(year: 2026, month: 5, day: 11)!)

    static let needsRound = SurveyNews(
        surveyCode: "NC", surveyTitle: "Khảo sát nhu cầu bồi dưỡng",
        closesOn: CalendarDate(year: 2026, month: 5, day: 15)!)

    static func notice(_ round: SurveyNews, kind: NoticeKind = .surveyOpened, superseded: Bool = false)
        -> PendingNotice
    {
        PendingNotice(
            id: 7, kind: kind, attempts: 0,
            recipient: NoticeRecipient(code: "K1-1", name: "Nguyễn Thị Hoa", email: "hoa@dai-bieu.test"),
            about: .survey(round), isSuperseded: superseded)
    }

    @Test("a module survey's notice names the survey, class, module and last day, with the command and the link")
    func moduleSurvey() {
        let text = Self.notice(Self.moduleRound).text(
            center: "Trung tâm Bồi dưỡng", publicURL: "https://ttbd.example.vn/")
        #expect(text.subject == "Mời trả lời phiếu khảo sát: Phiếu đánh giá chuyên đề (lớp B-HN-01, chuyên đề B01)")
        #expect(text.body.hasPrefix("Kính gửi đại biểu Nguyễn Thị Hoa,\n\n"), "\(text.body)")
        #expect(
            text.body.contains(
                "trả lời phiếu “Phiếu đánh giá chuyên đề” (mã DGM) về lớp B-HN-01 – Bồi dưỡng đại biểu HĐND, "
                    + "chuyên đề B01 – Tình hình kinh tế - xã hội."), "\(text.body)")
        #expect(text.body.contains("đến hết ngày 11/05/2026"), "\(text.body)")
        #expect(text.body.contains("  Bằng lệnh: ttbd me answer DGM --class B-HN-01 --module B01\n"), "\(text.body)")
        #expect(text.body.contains("  Qua mạng: https://ttbd.example.vn/v1/me/surveys/DGM "), "\(text.body)")
        #expect(text.body.hasSuffix("Trân trọng.\nTrung tâm Bồi dưỡng"), "\(text.body)")
    }

    @Test("a needs survey's notice names no class; without a public address it gives the command alone")
    func needsSurvey() {
        let text = Self.notice(Self.needsRound).text(center: "Trung tâm")
        #expect(text.subject == "Mời trả lời phiếu khảo sát: Khảo sát nhu cầu bồi dưỡng")
        #expect(text.body.contains("trả lời phiếu “Khảo sát nhu cầu bồi dưỡng” (mã NC). Phiếu nhận"), "\(text.body)")
        #expect(text.body.contains("  Bằng lệnh: ttbd me answer NC\n"), "\(text.body)")
        #expect(!text.body.contains("Qua mạng") && !text.body.contains("http"), "\(text.body)")
    }

    @Test("a reminder names the last day in its subject and asks those who have not answered yet")
    func reminder() {
        let text = Self.notice(Self.moduleRound, kind: .surveyClosing).text(
            center: "Trung tâm", publicURL: "https://ttbd.example.vn")
        #expect(
            text.subject
                == "Nhắc trả lời phiếu khảo sát: Phiếu đánh giá chuyên đề (lớp B-HN-01, chuyên đề B01), hạn chót ngày 11/05/2026"
        )
        #expect(text.body.contains("sẽ đóng vào cuối ngày 11/05/2026. Nếu đại biểu chưa trả lời"), "\(text.body)")
        #expect(text.body.contains("  Bằng lệnh: ttbd me answer DGM --class B-HN-01 --module B01\n"), "\(text.body)")
        #expect(text.body.contains("  Qua mạng: https://ttbd.example.vn/v1/me/surveys/DGM "), "\(text.body)")
    }

    @Test("TTBD_PUBLIC_URL reaches the words every channel sends; one that is not an http address is refused")
    func publicAddress() async throws {
        let keeper = Keeper()
        var channels = try NoticeChannels.from(environment: ["TTBD_PUBLIC_URL": "https://ttbd.example.vn"])
        #expect(channels.publicURL == "https://ttbd.example.vn" && channels.isEmpty)
        channels.email = keeper
        let now = SurveyFixture.at("2026-05-10 09:00")
        #expect(await channels.send(Self.notice(Self.moduleRound), at: now) == .delivered)
        #expect(keeper.texts.first?.body.contains("https://ttbd.example.vn/v1/me/surveys/DGM") == true)

        for wrong in ["ttbd.example.vn", "ftp://ttbd.example.vn", "https://"] {
            let error = #expect(throws: StoreError.self, "\(wrong)") {
                try NoticeChannels.from(environment: ["TTBD_PUBLIC_URL": wrong])
            }
            #expect(error?.code == .invalidConfiguration && error?.message.contains("'\(wrong)'") == true)
        }
    }

    @Test("a survey notice is of no use once its round has closed (Vietnam's day), or when the round is gone")
    func staleness() {
        let lastDay = SurveyFixture.at("2026-05-11 23:59")
        let dayAfter = SurveyFixture.at("2026-05-12 00:00")
        #expect(Self.notice(Self.moduleRound).staleness(at: lastDay) == nil)
        #expect(
            Self.notice(Self.moduleRound).staleness(at: dayAfter) == "the survey closed before the notice could be sent"
        )
        #expect(
            Self.notice(Self.moduleRound, superseded: true).staleness(at: lastDay)
                == "the survey round is gone: its class was cancelled")
    }
}
