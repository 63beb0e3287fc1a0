import ArgumentParser
import Foundation
import PostgresInfrastructure
import TrainingModel

extension TTBD.Database {
    struct Restore: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "restore",
            abstract: inLanguage(
                en: "Restore a backup into an empty database, then apply the migrations it lacks.",
                vi: """
                    Khôi phục một bản sao lưu vào cơ sở dữ liệu trống, rồi áp dụng các bản cập nhật cấu trúc còn \
                    thiếu.
                    """),
            discussion: inLanguage(
                en: """
                    First checks FILE against FILE.manifest.json (size, SHA-256) and that pg_restore can read it, and \
                    refuses a target that holds any table; nothing is restored when a check fails (exit 65). The \
                    restore runs in one transaction (pg_restore --single-transaction), so a failure leaves the target \
                    as it was. --force first drops the target's public schema, everything ttbd keeps there; that drop \
                    is not undone if the restore then fails. The database named by --into must exist; the private \
                    cluster is started and its database created when needed.
                    """,
                vi: """
                    Trước hết đối chiếu FILE với FILE.manifest.json (kích thước, SHA-256), kiểm tra pg_restore đọc \
                    được tệp, và từ chối cơ sở dữ liệu đích đã có bất kỳ bảng nào; một bước kiểm tra không đạt thì \
                    không khôi phục gì (mã thoát 65). Việc khôi phục chạy trong một giao dịch (pg_restore \
                    --single-transaction), nên nếu thất bại thì cơ sở dữ liệu đích vẫn giữ nguyên như trước. --force \
                    xóa trước schema public của cơ sở dữ liệu đích, tức mọi thứ ttbd lưu ở đó; việc xóa này không được \
                    hoàn tác nếu sau đó khôi phục thất bại. Cơ sở dữ liệu nêu trong --into phải có sẵn; cụm PostgreSQL \
                    riêng được khởi động và cơ sở dữ liệu của nó được tạo khi cần.
                    """))

        @Argument(
            help: .inLanguage(
                en: "An archive ttbd db backup wrote, with its manifest beside it.",
                vi: "Bản sao lưu do ttbd db backup tạo ra, có tệp kê khai (manifest) nằm bên cạnh.",
                valueName: "file"))
        var file: String

        @Option(
            help: .inLanguage(
                en: "The database to restore into (default: --database-url, $DATABASE_URL or the private cluster).",
                vi: """
                    Cơ sở dữ liệu cần khôi phục vào (mặc định: --database-url, $DATABASE_URL hoặc cụm PostgreSQL \
                    riêng).
                    """,
                valueName: "postgres://…"))
        var into: String?

        @Flag(
            help: .inLanguage(
                en: "Drop what the target holds (its public schema), then restore.",
                vi: "Xóa dữ liệu hiện có ở cơ sở dữ liệu đích (schema public), rồi khôi phục."))
        var force = false

        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            let manifest = try BackupManifest.check(archive: file)
            let schema: Message = manifest.schemaVersion.map { "\($0)" } ?? "none"
            print(
                localized(
                    "Checked \(file) against its manifest: \(number: manifest.bytes) bytes and SHA-256 as recorded; "
                        + "database \(manifest.database) at schema \(schema), backed up "
                        + "\(manifest.createdAt.formatted(.iso8601))."))
            var target = database
            target.databaseURL = into ?? database.databaseURL
            let configuration = try target.configuration()
            let migrator = Migrator(
                migrations: try configuration.migrations(), logger: .ttbd)
            let report = try await target.withDatabase(migrations: .leave) { database in
                try await database.restore(
                    archive: file, manifest: manifest,
                    tools: try await database.clientTools(environment: ProcessInfo.processInfo.environment),
                    migrator: migrator, force: force)
            }
            if let replaced = report.replaced {
                print(
                    localized(
                        "Dropped what the target held (--force): \(number: replaced.tables.count) tables with "
                            + "\(number: replaced.rows) rows, \(number: replaced.appliedMigrations) applied migrations."
                    ))
            }
            print(
                localized(
                    "Restored \(number: report.restored.tables.count) tables with \(number: report.restored.rows) rows "
                        + "into the \(configuration.settings.locationWording)."))
            for migration in report.applied {
                print(localized("Applied migration \(migration.name)."))
            }
            if report.applied.isEmpty {
                print(localized("No migration to apply: the backup has this ttbd's schema."))
            }
        }
    }
}
