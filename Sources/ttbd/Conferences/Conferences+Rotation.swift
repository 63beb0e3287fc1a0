import ArgumentParser
import Spreadsheets
import TrainingModel
import TrainingStore

extension TTBD.Conferences {
    struct Rotation: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "rotation",
            abstract: inLanguage(
                en: "List a region's provinces in the order they host its next conferences.",
                vi: "Liệt kê các tỉnh của một vùng theo thứ tự đăng cai các hội nghị tiếp theo."))

        @OptionGroup var database: DatabaseOptions

        @Option(help: .inLanguage(en: "The region's code, e.g. DBSH.", vi: "Mã vùng, ví dụ DBSH."))
        var region: String

        @OptionGroup var output: ListOutput

        func run() async throws {
            let turns = try await database.withDatabase { try await $0.conferences.hostRotation(region: region) }
            try output.print(
                turns, columns: Self.columns, title: "Luân phiên đăng cai", noun: "province", plural: "provinces")
        }

        static let columns: [ListColumn<HostTurn>] = [
            ListColumn("Lượt", csv: "turn", as: .identifier) { String($0.turn) },
            ListColumn("Mã tỉnh", csv: "province") { $0.provinceCode },
            ListColumn("Tên tỉnh", csv: "name") { $0.provinceName },
            ListColumn("Số lần đăng cai", csv: "hosted", as: .number) { String($0.hosted) },
            ListColumn("Lần gần nhất", csv: "last_hosted_on", as: .date) { $0.lastHostedOn ?? "" },
        ]
    }
}
