import ArgumentParser
import Foundation
import TrainingModel

extension TTBD {
    /// `ttbd conferences …`: regional conferences (hội nghị vùng) of the HĐND standing committees.
    struct Conferences: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "conferences",
            abstract: inLanguage(
                en:
                    "Regional conferences of the HĐND standing committees: open, programme, invite, withdraw, register, attend, report.",
                vi: """
                    Hội nghị vùng của Thường trực HĐND các tỉnh: mở hội nghị, chương trình, mời, rút lời mời, đăng ký, \
                    điểm danh, báo cáo.
                    """),
            subcommands: [
                Open.self, Rotation.self, List.self, Show.self, AddSession.self, Programme.self, Invite.self,
                Withdraw.self, Register.self, Unregister.self, Attendance.self, Report.self,
            ]
        )
    }
}

extension TTBD.Conferences {
    /// The option every subcommand that acts on one conference takes.
    struct ConferenceCode: ParsableArguments {
        @Argument(
            help: .inLanguage(en: "The conference's code, e.g. HN-DBSH-2026.", vi: "Mã hội nghị, ví dụ HN-DBSH-2026."))
        var code: String
    }

    /// Refuses an option given as blank text.
    static func requireText(_ text: String, _ option: String) throws {
        if text.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError(localized("\(option) is empty")) }
    }
}
