import Foundation
import PostgresInfrastructure
import PostgresNIO
import TestSupport
import Testing
import TrainingModel
import TrainingStore

/// Survey notices end to end: the job writes them, `ttbd outbox deliver` sends them to a real SMTP server, and the
/// link in the mail answers on a running `ttbd serve` with the delegate's token.
@Suite("Survey notices by e-mail")
struct SurveyNoticeDeliveryTests {
    @Test("a class ended yesterday: each delegate gets one mail per round with the command and a link that answers")
    func byEmail() async throws {
        try await TestDatabase.with { test in
            let yesterday = CalendarDate.inVietnam(at: Date().addingTimeInterval(-86_400)).description
            let token = try await test.run { pool in
                try await ReferenceData.load(into: pool)
                _ = try await SurveyFixture.insert(into: pool, classes: ["K1": ["01", "01"]], day: yesterday)
                _ = try await pool.client.query(
                    "UPDATE delegates SET email = lower(code) || '@dai-bieu.test'", logger: TestCluster.logger)
                // The needs survey of the fixture closed in May 2026: only K1's three rounds are open.
                #expect(try await pool.jobs.run(.surveyNotices, now: Date())?.rowsChanged == 6)
                var generator = SystemRandomNumberGenerator()
                return try await pool.accounts.issueDelegateTokens(
                    where: DelegateCriteria(), expiresAt: nil, using: &generator
                ).first { $0.delegateCode == "K1-1" }!.apiToken
            }
            try await MeService.with(database: test) { service in
                try await SMTPSink.with { sink in
                    let environment = ["DATABASE_URL": test.url].merging(sink.environment) { $1 }
                    let wrong = try await CommandLineTool.run(
                        ["outbox", "deliver"],
                        environment: environment.merging(["TTBD_PUBLIC_URL": "ttbd.example.vn"]) { $1 })
                    #expect(wrong.status == 64, "\(wrong.text)")
                    #expect(wrong.standardError.contains("TTBD_PUBLIC_URL"), "\(wrong.text)")
                    #expect(sink.messages.isEmpty)

                    let delivered = try await CommandLineTool.run(
                        ["outbox", "deliver"], environment: environment.merging(["TTBD_PUBLIC_URL": service.url]) { $1 }
                    )
                    #expect(delivered.status == 0, "\(delivered.text)")
                    let invitations = try sink.readMessages().filter {
                        $0.subject.hasPrefix("Mời trả lời phiếu khảo sát")
                    }
                    #expect(invitations.count == 6)
                    let mail = try #require(
                        invitations.first { $0.to.contains("k1-1@") && $0.subject.contains("kết thúc lớp") })
                    #expect(mail.subject == "Mời trả lời phiếu khảo sát: Phiếu đánh giá kết thúc lớp (lớp K1)")
                    #expect(mail.body.contains("Kính gửi đại biểu Nguyễn Văn K1 1,"), "\(mail.body)")
                    #expect(mail.body.contains("Bằng lệnh: ttbd me answer DG --class K1\n"), "\(mail.body)")
                    let link = "\(service.url)/v1/me/surveys/DG"
                    #expect(mail.body.contains("Qua mạng: \(link) "), "\(mail.body)")

                    // Again: nothing more is sent.
                    _ = try await CommandLineTool.run(["outbox", "deliver"], environment: environment)
                    #expect(try sink.readMessages().filter { $0.subject.hasPrefix("Mời trả lời") }.count == 6)

                    let (status, body) = try await service.get(
                        "/v1/me/surveys/DG", headers: ["Authorization": "Bearer \(token)"])
                    #expect(status == 200)
                    let answer = try #require(try JSONSerialization.jsonObject(with: body) as? [String: Any])
                    #expect((answer["survey"] as? [String: Any])?["code"] as? String == "DG")
                    #expect((answer["rounds"] as? [[String: Any]])?.map { $0["classCode"] as? String } == ["K1"])
                }
            }
        }
    }
}
