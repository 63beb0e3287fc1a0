import ArgumentParser
import TrainingModel
import TrainingOperations
import TrainingStore

extension TTBD.Lecturers {
    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add", abstract: "Add a lecturer and the modules they teach.")

        @OptionGroup var database: DatabaseOptions

        @Option(help: "The lecturer's code, e.g. GV001.")
        var code: String

        @Option(help: "Full name, family name first.")
        var name: String

        @Option(help: "Where they work.")
        var organisation: String?

        @Option(help: "Province code of where they live, e.g. 01.")
        var homeProvince: String?

        @Option(help: "Module codes they teach, e.g. A01,A02 (each must be in the catalog).")
        var modules: String?

        @Option(help: "Email address.")
        var email: String?

        @Option(help: "Phone number.")
        var phone: String?

        func validate() throws {
            _ = try ResourceArgument.code(code, "--code")
            _ = try ResourceArgument.codes(modules, "--modules")
            if let email, !ContactDetails.isEmail(email) {
                throw ValidationError("--email '\(email)' is not an e-mail address; expected one like ten@example.vn")
            }
            if let phone, ContactDetails.phone(phone) == nil {
                throw ValidationError("--phone '\(phone)' is not a phone number; expected 8 to 15 digits")
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
