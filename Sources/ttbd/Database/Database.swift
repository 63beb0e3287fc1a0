import ArgumentParser
import PostgresInfrastructure

extension TTBD {
    /// `ttbd db …`: the database itself.
    struct Database: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "db",
            abstract: inLanguage(
                en: "Start, stop, inspect, migrate, back up and restore the database.",
                vi: "Khởi động, dừng, kiểm tra, cập nhật cấu trúc, sao lưu và khôi phục cơ sở dữ liệu."),
            subcommands: [Up.self, Down.self, Status.self, Migrate.self, Backup.self, Restore.self]
        )
    }
}
