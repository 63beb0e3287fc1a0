import ArgumentParser
import Foundation
import TrainingModel
import TrainingOperations
import TrainingStore

extension TTBD.Classes {
    struct Reserve: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "reserve",
            abstract: inLanguage(
                en: "Hold seats of a class for a province or a kind of body until a day.",
                vi: "Dành riêng một số chỗ của lớp cho một tỉnh hoặc một loại cơ quan đến hết một ngày."),
            discussion: inLanguage(
                en: """
                    Until that day, a delegate outside the group takes only the seats no group holds; a delegate of \
                    the group takes the group's seats first, then the open ones. After it, the seats nobody of the \
                    group took open to all and go to the wait list in order. Reserving again for the same group \
                    changes its seats or day. Refused (exit 65, nothing written) when the day has passed or falls \
                    after the class, when the class's reservations would exceed its capacity, or when the group \
                    already holds more seats than asked.
                    """,
                vi: """
                    Đến hết ngày đó, đại biểu ngoài nhóm chỉ nhận được những chỗ không dành riêng cho nhóm nào; đại \
                    biểu trong nhóm dùng chỗ dành riêng của nhóm trước, rồi đến chỗ chung. Sau ngày đó, những chỗ \
                    dành riêng chưa ai trong nhóm dùng được mở cho mọi người và trao cho danh sách chờ theo thứ tự. \
                    Dành chỗ lại cho cùng một nhóm thì thay đổi số chỗ hoặc ngày. Bị từ chối (mã thoát 65, không ghi \
                    gì) khi ngày đã qua hoặc sau khi lớp kết thúc, khi tổng số chỗ dành riêng vượt quá số chỗ của \
                    lớp, hoặc khi nhóm đã dùng nhiều chỗ hơn số chỗ yêu cầu.
                    """))

        @OptionGroup var database: DatabaseOptions

        @Argument(help: .inLanguage(en: "The class's code.", vi: "Mã lớp."))
        var code: String

        @OptionGroup var group: ReservationGroupOptions

        @Option(help: .inLanguage(en: "How many seats to hold.", vi: "Số chỗ dành riêng."))
        var seats: Int

        @Option(
            help: .inLanguage(
                en: "The last day the seats are held.", vi: "Ngày cuối cùng giữ chỗ.", valueName: "YYYY-MM-DD"))
        var until: String

        @Option(help: .inLanguage(en: "text or json.", vi: "text (văn bản) hoặc json."))
        var format: OutputFormat = .text

        func validate() throws {
            guard seats > 0 else { throw ValidationError(localized("--seats must be positive, got \(seats)")) }
            _ = try CalendarDate.argument(until, "--until")
        }

        func run() async throws {
            let group = try group.group()
            let until = try CalendarDate.argument(until, "--until")!
            let reservation = try await database.withOperations { [code, seats] in
                try await $0.reserveSeats(classCode: code, for: group, seats: seats, until: until)
            }
            switch format {
            case .json: try OutputFormat.printJSON(reservation)
            case .text:
                print(
                    localized(
                        "Reserved \(number: reservation.seats) seats of \(code) for \(reservation.groupWording) "
                            + "until \(day: reservation.until); \(number: reservation.taken) of them taken."))
            }
        }
    }

    struct Unreserve: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "unreserve",
            abstract: inLanguage(
                en: "Remove a group's reservation: its seats open to all, and the wait list takes them.",
                vi: "Bỏ chỗ dành riêng của một nhóm: các chỗ đó mở cho mọi người và danh sách chờ được nhận chỗ."))

        @OptionGroup var database: DatabaseOptions

        @Argument(help: .inLanguage(en: "The class's code.", vi: "Mã lớp."))
        var code: String

        @OptionGroup var group: ReservationGroupOptions

        @Option(help: .inLanguage(en: "text or json.", vi: "text (văn bản) hoặc json."))
        var format: OutputFormat = .text

        func run() async throws {
            let group = try group.group()
            let removal = try await database.withOperations { [code] in
                try await $0.removeReservation(classCode: code, for: group)
            }
            switch format {
            case .json: try OutputFormat.printJSON(removal)
            case .text:
                print(
                    localized(
                        "Removed the \(number: removal.removed.seats) seats of \(code) reserved for "
                            + "\(removal.removed.groupWording); \(number: removal.seatedFromWaitList) wait-listed "
                            + "delegates got a seat."))
            }
        }
    }
}
