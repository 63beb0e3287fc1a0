import ArgumentParser
import Foundation
import TrainingModel
import TrainingStore

extension TTBD.Candidates {
    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show",
            abstract: inLanguage(
                en: "Show one candidate, and the delegate record they were linked to.",
                vi: "Xem thông tin một người ứng cử và hồ sơ đại biểu đã liên kết (nếu có)."))

        @OptionGroup var database: DatabaseOptions

        @Argument(help: .inLanguage(en: "The candidate's code.", vi: "Mã người ứng cử."))
        var code: String

        @Option(help: .inLanguage(en: "text or json.", vi: "text (văn bản) hoặc json."))
        var format: OutputFormat = .text

        func run() async throws {
            guard let candidate = try await database.withDatabase({ try await $0.delegates.candidate(code: code) })
            else {
                throw NotFound("no candidate has the code \(code); check the code (`ttbd candidates list --search …`)")
            }
            switch format {
            case .json: try OutputFormat.printJSON(candidate)
            case .text:
                let person = candidate.record.delegate
                let link = candidate.linkedDelegate.map {
                    "\($0.code) \($0.fullName) (\($0.linkedAt.formatted(.vietnamTime)))"
                }
                let fields: [(label: String, value: String?)] = [
                    ("Mã người ứng cử", person.code), ("Họ và tên", person.fullName),
                    ("Giới tính", person.gender.map(TTBD.Delegates.Show.genderLabel)),
                    ("Ngày sinh", person.birthDate?.description), ("Số CCCD", person.nationalID),
                    ("Điện thoại", person.phone), ("Email", person.email), ("Ứng cử vào", candidate.record.bodyName),
                    ("Mã tỉnh", person.provinceCode), ("Mã xã", person.communeCode), ("Nhiệm kỳ", person.term),
                    ("Chức vụ", person.position), ("Đại biểu", link),
                ]
                printLabelled(fields)
            }
        }
    }
}
