import ArgumentParser
import PostgresInfrastructure
import TrainingModel
import TrainingStore

extension TTBD.Database {
    struct Up: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "up",
            abstract: inLanguage(
                en: "Create and start the private PostgreSQL if needed, create the database, apply migrations.",
                vi: "Tạo và khởi động PostgreSQL riêng nếu cần, tạo cơ sở dữ liệu, áp dụng các bản cập nhật cấu trúc."),
            discussion: inLanguage(
                en: "With DATABASE_URL set, only applies migrations to that server; it never starts one.",
                vi: """
                    Khi đã đặt DATABASE_URL, chỉ áp dụng các bản cập nhật cấu trúc cho máy chủ đó; không bao giờ tự \
                    khởi động máy chủ.
                    """))

        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            let configuration = try database.configuration()
            let preparation = try await configuration.prepare(migrations: .apply, logger: .ttbd)
            var changed = false
            switch configuration.target {
            case .external:
                print(localized("DATABASE_URL is set: ttbd uses it and starts no server of its own."))
            case .embedded(let cluster):
                if preparation.cluster?.created == true {
                    print(localized("Created a private PostgreSQL cluster in \(cluster.dataDirectory)."))
                    changed = true
                }
                if preparation.cluster?.started == true {
                    print(localized("Started it on the Unix socket in \(cluster.socketDirectory) (no TCP port)."))
                    changed = true
                }
                if preparation.createdDatabase {
                    print(localized("Created the database \(configuration.settings.database)."))
                    changed = true
                }
            }
            for migration in preparation.applied {
                print(localized("Applied migration \(migration.name)."))
                changed = true
            }
            if !changed {
                print(localized("Nothing to do: \(configuration.locationWording) is running and up to date."))
            } else {
                print(localized("Ready: \(configuration.locationWording)."))
            }
        }
    }
}
