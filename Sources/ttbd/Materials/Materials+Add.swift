import ArgumentParser
import Foundation
import TrainingModel
import TrainingOperations
import TrainingStore

extension Material.Kind: ExpressibleByArgument {}

extension TTBD.Materials {
    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: inLanguage(
                en: "Add a material (a URL, or a file kept with its SHA-256) and link it to modules.",
                vi: "Thêm một tài liệu (một URL, hoặc một tệp lưu kèm SHA-256) và gắn tài liệu với các chuyên đề."),
            discussion: inLanguage(
                en: """
                    A file is copied into the materials store ($TTBD_MATERIALS_DIR, else materials/ in ttbd's data \
                    folder), from which delegates download it.
                    """,
                vi: """
                    Tệp được sao chép vào kho tài liệu ($TTBD_MATERIALS_DIR, nếu không có thì thư mục materials/ trong \
                    thư mục dữ liệu của ttbd), nơi đại biểu tải tài liệu về.
                    """))

        @OptionGroup var database: DatabaseOptions

        @Option(help: .inLanguage(en: "The material's code, e.g. TL-B01-01.", vi: "Mã tài liệu, ví dụ TL-B01-01."))
        var code: String

        @Option(help: .inLanguage(en: "Its title.", vi: "Tên tài liệu."))
        var title: String

        @Option(
            help: .inLanguage(
                en: "handbook, slides, link, file or video.",
                vi: "handbook (sổ tay), slides (bài trình chiếu), link (liên kết), file (tệp) hoặc video."))
        var kind: Material.Kind

        @Option(help: .inLanguage(en: "Where it is online.", vi: "Địa chỉ trực tuyến của tài liệu."))
        var url: String?

        @Option(
            help: .inLanguage(
                en: "A file: its SHA-256 is computed and kept with its path.",
                vi: "Một tệp: SHA-256 của tệp được tính và lưu cùng đường dẫn.",
                valueName: "path"))
        var file: String?

        @Option(
            help: .inLanguage(
                en: "The modules it belongs to, comma-separated.",
                vi: "Các chuyên đề có tài liệu này, cách nhau bằng dấu phẩy.",
                valueName: "B01,B02"))
        var modules: String

        func validate() throws {
            guard ResourceCode.isValid(code) else {
                throw ValidationError(localized("--code '\(code)' has characters other than letters, digits, . _ / -"))
            }
            guard (url == nil) != (file == nil) else {
                throw ValidationError(localized("give exactly one of --url and --file"))
            }
            if title.trimmingCharacters(in: .whitespaces).isEmpty {
                throw ValidationError(localized("--title is empty"))
            }
            if moduleCodes.isEmpty {
                throw ValidationError(localized("--modules names no module; give at least one, e.g. B01"))
            }
        }

        var moduleCodes: [String] { commaSeparated(modules) }

        func run() async throws {
            let location: Material.Location
            if let file {
                // Kept in the store, so delegates can download it whatever becomes of this path.
                let path = URL(fileURLWithPath: file).standardizedFileURL.path
                let store = MaterialFileStore.from(environment: ProcessInfo.processInfo.environment)
                location = .file(path: path, sha256: try store.keep(fileAt: path))
            } else {
                location = .url(url!)
            }
            let material = Material(
                code: code, title: title.trimmingCharacters(in: .whitespaces).nfc, kind: kind, location: location)
            let modules = moduleCodes
            try await database.withDatabase { try await $0.materials.addMaterial(material, modules: modules) }
            let place: Message =
                switch location {
                case .url(let url): "\(url)"
                case .file(let path, let sha256): "\(path), sha256 \(sha256)"
                }
            print(
                localized(
                    "Added material \(material.code) (\(kind.rawValue), \(place)) to \(modules.joined(separator: ", "))."
                ))
        }
    }
}
