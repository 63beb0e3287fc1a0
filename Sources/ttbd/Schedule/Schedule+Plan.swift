import ArgumentParser
import Foundation
import TrainingModel
import TrainingPlanner
import TrainingStore

extension TTBD.Schedule {
    /// `ttbd schedule plan CLASS…`: the classes' sessions placed by the planner and written in one transaction.
    struct Plan: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "plan",
            abstract: inLanguage(
                en: "Plan the sessions of classes: half-days, rooms and lecturers.",
                vi: "Xếp lịch các buổi học của lớp: buổi sáng hay chiều, phòng học và giảng viên."),
            discussion: inLanguage(
                en: """
                    Every session of each class's cohorts goes in a half-day of the class's dates at its venue's \
                    hours, in a room of the venue that holds the cohort, with a lecturer who teaches the module: \
                    modules after their prerequisites, never on weekends, public holidays or sittings of the \
                    delegates' bodies, a lecturer in one province per day. Held and pinned sessions stay. First-time \
                    delegates' classes go as early as they can. With --demand SURVEY, a module that the delegates of a \
                    class's province asked for in an earlier month goes first where its prerequisites allow, and each \
                    session after a month asked for costs the requests it comes after. With --replan, sessions that \
                    can stay where they are do, and every session that moves is listed. When a class cannot be \
                    planned, nothing is written and the reason is given.
                    """,
                vi: """
                    Mỗi buổi học của các nhóm trong từng lớp được xếp vào một buổi sáng hoặc chiều trong thời gian học \
                    của lớp, theo giờ học của địa điểm, tại một phòng của địa điểm đủ chỗ cho nhóm, với một giảng viên \
                    dạy chuyên đề đó: chuyên đề được xếp sau các chuyên đề phải học trước; không xếp vào cuối tuần, \
                    ngày lễ hay kỳ họp của cơ quan dân cử của đại biểu; mỗi ngày một giảng viên chỉ dạy ở một tỉnh. \
                    Buổi đã học và buổi đã cố định được giữ nguyên. Lớp của đại biểu lần đầu tham gia được xếp sớm \
                    nhất có thể. Với --demand SURVEY, chuyên đề được đại biểu của tỉnh nơi mở lớp đề nghị học vào \
                    tháng sớm hơn thì được xếp trước nếu các chuyên đề phải học trước cho phép, và mỗi buổi học xếp \
                    sau tháng được đề nghị bị tính chi phí theo số lượt đề nghị đó. Với --replan, buổi nào giữ được \
                    chỗ cũ thì giữ nguyên, và mọi buổi phải dời đều được liệt kê. Khi không xếp được lịch cho một \
                    lớp, không ghi gì và nêu rõ lý do.
                    """))

        @OptionGroup var database: DatabaseOptions

        @Argument(help: .inLanguage(en: "The classes' codes.", vi: "Mã các lớp."))
        var classes: [String] = []

        @Flag(
            help: .inLanguage(
                en: "Move only the sessions that must move after a change (leave, a sitting, a room closed).",
                vi: """
                    Chỉ dời những buổi học buộc phải dời sau một thay đổi (giảng viên nghỉ, kỳ họp, phòng không sử \
                    dụng được).
                    """))
        var replan = false

        @Option(
            help: .inLanguage(
                en: "Stop searching for a better plan after this long (30s, 2m, 500ms).",
                vi: "Ngừng tìm lịch tốt hơn sau khoảng thời gian này (30s, 2m, 500ms)."))
        var timeLimit = DurationArgument(argument: "30s")!

        @Option(
            help: .inLanguage(
                en: "Seed of the search: the same seed and data give the same plan.",
                vi: "Hạt giống (seed) của quá trình tìm kiếm: cùng seed và cùng dữ liệu thì cho cùng một lịch."))
        var seed: UInt64 = 1

        @OptionGroup var demand: DemandOptions

        @Flag(
            help: .inLanguage(
                en: "Show the plan and write nothing.", vi: "Hiển thị lịch đã xếp, không ghi gì vào cơ sở dữ liệu."))
        var dryRun = false

        @Option(help: .inLanguage(en: "text or json.", vi: "text (văn bản) hoặc json."))
        var format: OutputFormat = .text

        func validate() throws {
            if classes.isEmpty { throw ValidationError(localized("name at least one class to plan")) }
            if Set(classes).count != classes.count { throw ValidationError(localized("a class is named twice")) }
        }

        func run() async throws {
            let options = PlanningOptions(
                seed: seed, timeLimit: timeLimit.duration, replan: replan, monthPreferenceWeight: demand.weight)
            let started = ContinuousClock.now
            let report = try await database.withOperations { operations in
                try await operations.planSchedule(
                    classCodes: classes, options: options, preferences: try await demand.preferences(from: operations),
                    dryRun: dryRun)
            }
            let elapsed = ContinuousClock.now - started
            switch format {
            case .json: try OutputFormat.printJSON(report)
            // A plan that failed wrote nothing: its classes and costs would read as done; the reasons say it all.
            case .text where report.unplanned.isEmpty:
                print(PlanSummary(report: report, elapsed: elapsed, dryRun: dryRun).text)
            case .text: break
            }
            if !report.unplanned.isEmpty {
                for unplanned in report.unplanned {
                    let reasons = Message.joined(unplanned.reasons, separator: "; ")
                    printError(localized("class \(unplanned.code) cannot be planned: \(reasons)"))
                }
                printError(localized("Nothing was written."))
                throw ExitCode(FailureKind.badData.rawValue)
            }
        }
    }
}
