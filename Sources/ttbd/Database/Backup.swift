import ArgumentParser
import Foundation
import PostgresInfrastructure
import TrainingModel

extension TTBD.Database {
    struct Backup: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "backup",
            abstract: inLanguage(
                en: "Write a consistent archive of the database (pg_dump --format=custom) and its manifest.",
                vi: """
                    Ghi một bản sao lưu nhất quán của cơ sở dữ liệu (pg_dump --format=custom) cùng tệp kê khai \
                    (manifest).
                    """),
            discussion: inLanguage(
                en: """
                    Writes FILE and FILE.manifest.json beside it: the format version, the database, its schema version \
                    (last applied migration), the time, the archive's size and SHA-256, and the rows of every table. A \
                    backup is both files: copy them together. Changes nothing in the database (it applies no pending \
                    migration first).
                    """,
                vi: """
                    Ghi FILE và tệp FILE.manifest.json bên cạnh: phiên bản định dạng, cơ sở dữ liệu, phiên bản cấu \
                    trúc (bản cập nhật cấu trúc áp dụng gần nhất), thời điểm, kích thước và SHA-256 của bản sao lưu, \
                    và số dòng của từng bảng. Một bản sao lưu gồm cả hai tệp: hãy sao chép chúng cùng nhau. Không thay \
                    đổi gì trong cơ sở dữ liệu (không áp dụng trước bản cập nhật cấu trúc nào đang chờ).
                    """))

        @OptionGroup var database: DatabaseOptions

        @Option(
            help: .inLanguage(
                en: """
                    Where to write the archive (default: ttbd-YYYYMMDD-HHMMSS.backup in this folder, the time in UTC).
                    """,
                vi: """
                    Nơi ghi bản sao lưu (mặc định: ttbd-YYYYMMDD-HHMMSS.backup trong thư mục hiện tại, thời gian theo \
                    UTC).
                    """,
                valueName: "file"))
        var output: String?

        func run() async throws {
            let now = Date()
            let path = output ?? BackupFolder.archiveName(at: now)
            let folder = (path as NSString).deletingLastPathComponent
            guard folder.isEmpty || FileManager.default.fileExists(atPath: folder) else {
                throw ValidationError(localized("the folder of \(path) does not exist"))
            }
            for file in [path, BackupManifest.path(forArchive: path)] where FileManager.default.fileExists(atPath: file)
            {
                throw ValidationError(localized("\(file) already exists; choose another --output or move it away"))
            }
            let manifest = try await database.withDatabase(migrations: .leave, role: .owner) { database in
                try await database.backUp(
                    to: path, tools: try await database.clientTools(environment: ProcessInfo.processInfo.environment),
                    now: now)
            }
            let schema: Message = manifest.schemaVersion.map { "\($0)" } ?? "none"
            print(
                localized(
                    "Backed up database \(manifest.database) (schema \(schema), "
                        + "\(number: manifest.tables.count) tables, \(number: manifest.rows) rows) to \(path): "
                        + "\(number: manifest.bytes) bytes, sha256 \(manifest.sha256.prefix(12))…; "
                        + "manifest \(BackupManifest.path(forArchive: path))."))
        }
    }
}
