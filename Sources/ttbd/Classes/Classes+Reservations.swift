import ArgumentParser
import PostgresInfrastructure
import Spreadsheets
import TrainingModel
import TrainingStore

extension TTBD.Classes {
    struct Reservations: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "reservations",
            abstract: inLanguage(
                en: "List the seats a class holds for provinces and bodies, and how many each group took.",
                vi: "Liệt kê các chỗ lớp dành riêng cho từng tỉnh, từng loại cơ quan, và số chỗ mỗi nhóm đã dùng."))

        @OptionGroup var database: DatabaseOptions

        @Argument(help: .inLanguage(en: "The class's code.", vi: "Mã lớp."))
        var code: String

        @OptionGroup var output: ListOutput

        func run() async throws {
            let reservations = try await database.withDatabase { [code] database in
                guard try await !database.classes.classes(code: code).isEmpty else { throw StoreError.noClass(code) }
                return try await database.classes.reservations(classCode: code)
            }
            try output.print(
                reservations, columns: Self.columns, title: "Chỗ dành riêng của lớp \(code)", noun: "reservation")
        }

        static let columns: [ListColumn<SeatReservation>] = [
            ListColumn("Nhóm", csv: "group", { localized($0.groupWording) }, csvCell: { $0.group.code }),
            ListColumn("Số chỗ", csv: "seats", as: .number) { String($0.seats) },
            ListColumn("Đã dùng", csv: "taken", as: .number) { String($0.taken) },
            ListColumn("Còn giữ", csv: "held", as: .number) { String($0.held) },
            ListColumn("Giữ đến", csv: "until", as: .date) { $0.until.description },
            ListColumn(
                "Trạng thái", csv: "expired", { localized($0.expired ? "expired" : "held") },
                csvCell: { String($0.expired) }),
        ]
    }
}

extension SeatReservation.Group {
    /// The province's code or the kind of body, as scripts name the group.
    var code: String {
        switch self {
        case .province(let code): code
        case .body(let kind): kind.rawValue
        }
    }
}
