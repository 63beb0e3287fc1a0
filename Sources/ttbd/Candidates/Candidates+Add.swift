import ArgumentParser
import Foundation
import TrainingModel
import TrainingOperations

extension TTBD.Candidates {
    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: inLanguage(
                en: "Register one candidate, checked as a row of a candidates file is.",
                vi: "Đăng ký một người ứng cử, được kiểm tra như một dòng của tệp danh sách người ứng cử."),
            discussion: inLanguage(
                en: """
                    A code already registered is refused (change a candidate by importing a file); so is a national \
                    id a delegate or another candidate has. Bad values exit 65, each named by its option.
                    """,
                vi: """
                    Mã đã đăng ký bị từ chối (muốn sửa thông tin người ứng cử thì nhập lại tệp); số CCCD đã thuộc \
                    về một đại biểu hoặc người ứng cử khác cũng bị từ chối. Giá trị sai cho mã thoát 65, mỗi lỗi nêu \
                    rõ tùy chọn.
                    """))

        @OptionGroup var database: DatabaseOptions

        @Option(help: .inLanguage(en: "The candidate's code, e.g. UV-0001.", vi: "Mã người ứng cử, ví dụ UV-0001."))
        var code: String

        @Option(help: .inLanguage(en: "Full name.", vi: "Họ và tên."))
        var name: String

        @Option(
            help: .inLanguage(
                en: "The body they stand for: national_assembly, province_council or commune_council.",
                vi: """
                    Cơ quan dân cử ứng cử: national_assembly (Quốc hội), province_council (HĐND tỉnh) hoặc \
                    commune_council (HĐND xã).
                    """))
        var body: String

        @Option(
            help: .inLanguage(en: "The term they stand for, e.g. 2026-2031.", vi: "Nhiệm kỳ ứng cử, ví dụ 2026-2031."))
        var term: String

        @Option(help: .inLanguage(en: "Province code, e.g. 01.", vi: "Mã tỉnh, ví dụ 01."))
        var province: String?

        @Option(help: .inLanguage(en: "Commune code, e.g. 00004.", vi: "Mã xã, ví dụ 00004."))
        var commune: String?

        @Option(help: .inLanguage(en: "National id (CCCD): 12 digits.", vi: "Số căn cước công dân (CCCD): 12 chữ số."))
        var nationalID: String?

        @Option(help: .inLanguage(en: "nam, nữ, male, female or other.", vi: "nam, nữ, male, female hoặc other."))
        var gender: String?

        @Option(
            help: .inLanguage(en: "Birth date: YYYY-MM-DD or dd/mm/yyyy.", vi: "Ngày sinh: YYYY-MM-DD hoặc dd/mm/yyyy.")
        )
        var birthDate: String?

        @Option(help: .inLanguage(en: "Phone number.", vi: "Số điện thoại."))
        var phone: String?

        @Option(help: .inLanguage(en: "E-mail address.", vi: "Địa chỉ email."))
        var email: String?

        @Option(help: .inLanguage(en: "Position (chức vụ).", vi: "Chức vụ."))
        var position: String?

        func run() async throws {
            let given: [(DelegateField, String, String?)] = [
                (.code, "--code", code), (.fullName, "--name", name), (.body, "--body", body), (.term, "--term", term),
                (.provinceCode, "--province", province), (.communeCode, "--commune", commune),
                (.nationalID, "--national-id", nationalID), (.gender, "--gender", gender),
                (.birthDate, "--birth-date", birthDate), (.phone, "--phone", phone), (.email, "--email", email),
                (.position, "--position", position),
            ]
            let row = OptionRow(given.compactMap { field, option, value in value.map { (field, option, $0) } })
            do {
                _ = try await database.withOperations { try await $0.addCandidate(row.csv, file: "candidates add") }
            } catch let error as InputError {
                throw row.problems(error)
            }
            print(localized("Registered candidate \(code) \(name)."))
        }
    }
}

/// The options of `candidates add` as a one-row candidates file, so the row is checked by the reader every
/// import uses, and each problem found is led back to the option it came from.
private struct OptionRow {
    let fields: [(field: DelegateField, option: String, value: String)]

    init(_ fields: [(DelegateField, String, String)]) {
        self.fields = fields.map { (field: $0.0, option: $0.1, value: $0.2) }
    }

    /// Every field quoted, so each starts where ``options(at:)`` expects it.
    var csv: Data {
        let quote = { (text: String) in "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
        let header = fields.map { quote($0.field.rawValue) }.joined(separator: ",")
        let values = fields.map { quote($0.value) }.joined(separator: ",")
        return Data((header + "\n" + values + "\n").utf8)
    }

    /// The option whose field starts at `column` of the row, or the last one before it.
    func option(at column: Int) -> String {
        var start = 1
        var found = fields.first?.option ?? ""
        for field in fields {
            guard start <= column else { break }
            found = field.option
            start += field.value.replacingOccurrences(of: "\"", with: "\"\"").count + 3
        }
        return found
    }

    func problems(_ error: InputError) -> OptionProblems {
        OptionProblems(
            lines: error.diagnostics.filter { $0.severity == .error }.map {
                (option(at: $0.location.column), $0.wording)
            })
    }
}

/// Options whose values a candidate's record cannot take: bad data, exit 65.
private struct OptionProblems: UserFacingError {
    let lines: [(option: String, wording: Message)]

    var kind: FailureKind { .badData }
    var description: String { text(in: .english) }
    func text(in language: Language) -> String {
        lines.map { "\($0.option): \($0.wording.text(in: language))" }.joined(separator: "\n")
    }
}
