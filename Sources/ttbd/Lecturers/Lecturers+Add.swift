import ArgumentParser
import TrainingModel
import TrainingOperations
import TrainingStore

extension TTBD.Lecturers {
    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: inLanguage(
                en: "Add a lecturer and the modules they teach.",
                vi: "Thêm một giảng viên và các chuyên đề giảng viên đó dạy."))

        @OptionGroup var database: DatabaseOptions

        @Option(help: .inLanguage(en: "The lecturer's code, e.g. GV001.", vi: "Mã giảng viên, ví dụ GV001."))
        var code: String

        @Option(help: .inLanguage(en: "Full name, family name first.", vi: "Họ và tên, họ viết trước."))
        var name: String

        @Option(help: .inLanguage(en: "Where they work.", vi: "Cơ quan công tác."))
        var organisation: String?

        @Option(
            help: .inLanguage(
                en: "Province code of where they live, e.g. 01.",
                vi: "Mã tỉnh nơi cư trú, ví dụ 01."))
        var homeProvince: String?

        @Option(
            help: .inLanguage(
                en: "Module codes they teach, e.g. A01,A02 (each must be in the catalog).",
                vi: "Mã các chuyên đề giảng viên dạy, ví dụ A01,A02 (mỗi mã phải có trong danh mục)."))
        var modules: String?

        @Option(help: .inLanguage(en: "Email address.", vi: "Địa chỉ thư điện tử."))
        var email: String?

        @Option(help: .inLanguage(en: "Phone number.", vi: "Số điện thoại."))
        var phone: String?

        func validate() throws {
            _ = try ResourceArgument.code(code, "--code")
            _ = try ResourceArgument.codes(modules, "--modules")
            if let email, !ContactDetails.isEmail(email) {
                throw ValidationError(
                    localized("--email '\(email)' is not an e-mail address; expected one like ten@example.vn"))
            }
            if let phone, ContactDetails.phone(phone) == nil {
                throw ValidationError(localized("--phone '\(phone)' is not a phone number; expected 8 to 15 digits"))
            }
        }

        func run() async throws {
            let lecturer = Lecturer(
                code: code, fullName: name, organisation: organisation, homeProvince: homeProvince,
                modules: try ResourceArgument.codes(modules, "--modules"), email: email,
                phone: phone.flatMap(ContactDetails.phone))
            _ = try await database.withOperations { try await $0.saveLecturers([lecturer], updating: false) }
            let modules = lecturer.modules.joined(separator: ", ")
            print(
                localized(
                    lecturer.modules.isEmpty
                        ? "Added lecturer \(lecturer.code) (\(lecturer.fullName))."
                        : "Added lecturer \(lecturer.code) (\(lecturer.fullName)), teaching \(modules)."))
        }
    }
}
