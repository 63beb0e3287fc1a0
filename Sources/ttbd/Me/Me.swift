import ArgumentParser

extension TTBD {
    /// `ttbd me …`: a delegate's own schedule, materials and certificates, asked of `ttbd serve` with the
    /// token of `ttbd login`.
    struct Me: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "me",
            abstract: inLanguage(
                en: """
                    Your own schedule, materials and certificates, or a lecturer's attendance, from the ttbd service \
                    (after `ttbd login`).
                    """,
                vi: """
                    Lịch học, tài liệu và giấy chứng nhận của chính bạn, hoặc việc điểm danh của giảng viên, qua dịch \
                    vụ ttbd (sau khi `ttbd login`).
                    """),
            subcommands: [
                Schedule.self, Sessions.self, Materials.self, Certificates.self, Attendance.self, Surveys.self,
                Answer.self,
            ]
        )
    }
}
