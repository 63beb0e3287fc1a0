import ArgumentParser
import Foundation
import Spreadsheets
import TrainingModel
import TrainingOperations

extension TTBD.Conferences {
    struct Withdraw: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "withdraw",
            abstract: inLanguage(
                en: "Uninvite a province's HĐND from a conference.",
                vi: "Rút lời mời HĐND một tỉnh dự hội nghị."),
            discussion: inLanguage(
                en: """
                    Refused while the body has delegates registered, unless --with-registrations withdraws their \
                    registrations too (their seats go with the invitation); always refused once one of them has \
                    attended a session. Lists the registrations withdrawn.
                    """,
                vi: """
                    Không thực hiện khi cơ quan còn đại biểu đã đăng ký, trừ khi có --with-registrations để hủy \
                    luôn các đăng ký đó (số chỗ mất theo lời mời); luôn không thực hiện khi đã có đại biểu của cơ \
                    quan dự một phiên. Liệt kê các đăng ký đã hủy.
                    """))

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var conference: ConferenceCode

        @Option(
            help: .inLanguage(
                en: "The province whose HĐND is uninvited, by its code, e.g. 22.",
                vi: "Mã tỉnh có HĐND bị rút lời mời, ví dụ 22.", valueName: "PROVINCE"))
        var body: String

        @Flag(
            help: .inLanguage(
                en: "Withdraw the registrations of the body's delegates too.",
                vi: "Hủy luôn đăng ký của các đại biểu thuộc cơ quan đó."))
        var withRegistrations = false

        @OptionGroup var output: ListOutput

        func validate() throws {
            if let problem = UnitCode.provinceProblem(body) { throw ValidationError(localized("--body \(problem)")) }
        }

        func run() async throws {
            let withdrawal = try await database.withOperations {
                try await $0.withdrawFromConference(
                    conference: conference.code, province: body, withRegistrations: withRegistrations)
            }
            if output.format == .table {
                print(localized("Withdrew the invitation of \(withdrawal.body) to conference \(conference.code)."))
                guard !withdrawal.registrations.isEmpty else { return }
            }
            try output.print(
                withdrawal.registrations, columns: TTBD.Conferences.Register.columns,
                title: "Đăng ký đã hủy", noun: "registration withdrawn", plural: "registrations withdrawn")
        }
    }
}
