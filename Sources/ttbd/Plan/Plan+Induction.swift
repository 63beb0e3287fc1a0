import ArgumentParser
import Foundation
import TrainingModel
import TrainingOperations
import TrainingStore

extension TTBD.Plan {
    /// `ttbd plan induction`: classes for every first-time delegate still to train, formed, filled and scheduled.
    struct Induction: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "induction",
            abstract: inLanguage(
                en: "Form, fill and schedule the induction classes of a program for a term's first-time delegates.",
                vi: """
                    Lập lớp, xếp đại biểu vào lớp và xếp lịch các lớp bồi dưỡng lần đầu của một chương trình, dành \
                    cho đại biểu lần đầu tham gia của một nhiệm kỳ.
                    """),
            discussion: inLanguage(
                en: """
                    Takes the first-time delegates of the term in the program's audience who are neither trained in it \
                    nor enrolled or wait-listed in one of its classes. Classes are per province: a province with no \
                    more than --class-size of them is one class; a larger one is split by commune (communes kept \
                    whole, small ones grouped, sizes even). Each class meets at a venue of its province, in cohorts \
                    that fit its largest room, within --within, and every class is scheduled. A class that cannot be \
                    scheduled is not created; its delegates are listed as left out with the reason. All in one \
                    transaction; --dry-run shows the plan and keeps nothing. --online P,… teaches those provinces \
                    online. --demand SURVEY takes first, in each province's classes at a venue, the modules its \
                    delegates asked for in an earlier month in the needs survey, prerequisites still first. --what-if writes nothing and says, for those left out, what each change alone would \
                    place: more lecturers (half-days by module, province and month), a later end (up to \
                    --latest-end), larger classes (up to the largest room), provinces online. Lecturers' own \
                    calendars and the sittings never change; --time-limit applies to each plan it makes.
                    """,
                vi: """
                    Lấy các đại biểu lần đầu tham gia của nhiệm kỳ thuộc đối tượng của chương trình, chưa được bồi \
                    dưỡng chương trình này, chưa ghi danh và không nằm trong danh sách chờ ở lớp nào của chương trình. \
                    Lớp được lập theo tỉnh: tỉnh có không quá --class-size đại biểu như vậy thì lập một lớp; tỉnh có \
                    nhiều hơn thì chia theo xã (không tách một xã ra nhiều lớp, gộp các xã ít đại biểu, sĩ số các lớp \
                    đều nhau). Mỗi lớp học tại một địa điểm trong tỉnh, chia thành các nhóm vừa với phòng lớn nhất, \
                    trong khoảng ngày --within, và mọi lớp đều được xếp lịch. Lớp nào không xếp được lịch thì không \
                    được lập; đại biểu của lớp đó được liệt kê là chưa được xếp lớp, kèm lý do. Tất cả được ghi trong \
                    một giao dịch; --dry-run hiển thị kế hoạch mà không lưu gì. --online P,… cho các tỉnh đó học \
                    trực tuyến. --demand SURVEY xếp trước, trong các lớp học tại địa điểm của mỗi tỉnh, những chuyên \
                    đề mà đại biểu tỉnh đó đề nghị học vào tháng sớm hơn trong khảo sát nhu cầu, nhưng vẫn sau các \
                    chuyên đề phải học trước. --what-if không ghi gì mà cho biết, với những đại biểu chưa được xếp lớp, từng thay \
                    đổi riêng lẻ xếp thêm được bao nhiêu người: thêm giảng viên (số buổi dạy theo chuyên đề, tỉnh và \
                    tháng), kết thúc muộn hơn (đến --latest-end), lớp đông hơn (đến sức chứa của phòng lớn nhất), \
                    học trực tuyến theo tỉnh. Lịch riêng của giảng viên và các kỳ họp luôn được giữ nguyên; \
                    --time-limit áp dụng cho từng lần lập kế hoạch.
                    """))

        enum Format: String, ExpressibleByArgument, CaseIterable {
            case table
            case json
        }

        @OptionGroup var database: DatabaseOptions

        @Option(help: .inLanguage(en: "The program's code, e.g. CT-B.", vi: "Mã chương trình, ví dụ CT-B."))
        var program: String

        @Option(help: .inLanguage(en: "The term's code, e.g. 2026-2031.", vi: "Mã nhiệm kỳ, ví dụ 2026-2031."))
        var term: String

        @Option(
            help: .inLanguage(
                en: "The days the classes meet in, both included.",
                vi: "Khoảng ngày các lớp học, tính cả ngày đầu và ngày cuối.", valueName: "YYYY-MM-DD..YYYY-MM-DD"))
        var within: DateWindow

        @Option(
            help: .inLanguage(en: "At most this many delegates in a class.", vi: "Số đại biểu tối đa trong một lớp."))
        var classSize: Int

        @Flag(
            help: .inLanguage(
                en: "Show the plan and write nothing.", vi: "Hiển thị kế hoạch, không ghi gì vào cơ sở dữ liệu."))
        var dryRun = false

        @Option(
            help: .inLanguage(
                en: "Stop searching for a better schedule after this long (30s, 2m, 500ms).",
                vi: "Ngừng tìm lịch tốt hơn sau khoảng thời gian này (30s, 2m, 500ms).", valueName: "30s"))
        var timeLimit = DurationArgument(argument: "30s")!

        @Option(
            help: .inLanguage(
                en: "Seed of the scheduler's random moves: the same seed gives the same plan.",
                vi: "Hạt giống (seed) cho các bước ngẫu nhiên của bộ xếp lịch: cùng seed thì cho cùng kế hoạch."))
        var seed: UInt64 = 1

        @Option(
            help: .inLanguage(
                en: "Provinces whose classes meet online (no venue, no room, one cohort a class), comma-separated.",
                vi: "Các tỉnh học trực tuyến (không cần địa điểm, phòng; mỗi lớp một nhóm), cách nhau bằng dấu phẩy.",
                valueName: "01,79"))
        var online: String?

        @Flag(
            help: .inLanguage(
                en: """
                    Write nothing; say what would place everyone left out: more lecturers, a later end, larger \
                    classes, provinces online — each tried alone by planning again with it.
                    """,
                vi: """
                    Không ghi gì; cho biết cần thay đổi gì để xếp được mọi đại biểu còn thiếu: thêm giảng viên, kết \
                    thúc muộn hơn, lớp đông hơn, học trực tuyến theo tỉnh — mỗi cách được thử riêng bằng cách lập \
                    lại kế hoạch.
                    """))
        var whatIf = false

        @Option(
            help: .inLanguage(
                en: "With --what-if: the latest end date to try (default: the window's length again, within the term).",
                vi: """
                    Với --what-if: ngày kết thúc muộn nhất được thử (mặc định: thêm một khoảng bằng độ dài khoảng \
                    ngày, trong nhiệm kỳ).
                    """, valueName: "YYYY-MM-DD"))
        var latestEnd: String?

        @OptionGroup var demand: DemandOptions

        @Option(help: .inLanguage(en: "table or json.", vi: "table (bảng) hoặc json."))
        var format: Format = .table

        func validate() throws {
            guard classSize > 0 else {
                throw ValidationError(localized("--class-size must be positive, got \(classSize)"))
            }
            if latestEnd != nil, !whatIf {
                throw ValidationError(localized("--latest-end needs --what-if"))
            }
            _ = try CalendarDate.argument(latestEnd, "--latest-end")
            for province in commaSeparated(online) {
                if let problem = UnitCode.provinceProblem(province) {
                    throw ValidationError(localized("--online \(problem)"))
                }
            }
        }

        func run() async throws {
            var request = InductionRequest(
                program: program, term: term, startsOn: within.first, endsOn: within.last, classSize: classSize,
                onlineProvinces: Set(commaSeparated(online)), dryRun: dryRun || whatIf,
                timeLimit: timeLimit.duration, seed: seed)
            if demand.survey != nil {
                request.monthPreferences = try await database.withOperations { try await demand.preferences(from: $0) }
                request.monthPreferenceWeight = demand.weight
            }
            let progress = Progress(label: "plan induction")
            let clock = ContinuousClock()
            let start = clock.now
            if whatIf {
                let latest = try CalendarDate.argument(latestEnd, "--latest-end")
                let answer = try await database.withOperations { operations in
                    try await operations.inductionWhatIf(request, latestEnd: latest) { progress.say($0) }
                }
                progress.finish()
                switch format {
                case .json: try OutputFormat.printJSON(answer)
                case .table:
                    print(InductionWhatIfSummary(report: answer, seconds: (clock.now - start) / .seconds(1)).text)
                }
                return
            }
            let report = try await database.withOperations { operations in
                try await operations.planInduction(request) { progress.say($0) }
            }
            progress.finish()
            let seconds = (clock.now - start) / .seconds(1)
            switch format {
            case .json: try OutputFormat.printJSON(report)
            case .table: print(InductionSummary(report: report, seconds: seconds).text)
            }
        }
    }
}
