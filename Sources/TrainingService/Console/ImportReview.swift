import TrainingModel
import TrainingStore

/// The page after an upload or an apply: the counts, the fields that change (for a roster), every problem
/// with its place in the file, and for a dry run that passed the button that applies it.
struct ImportReview: Sendable {
    struct Change: Sendable {
        let line: Int
        let code: String
        let field: String
        let before: String
        let after: String
    }

    struct Problem: Sendable {
        /// `dòng 7, ký tự 12` (a CSV counts characters, not cells), or `ô B7 (trang Danh sách)` in a workbook.
        let place: String
        let message: String
    }

    /// The most changed fields one page lists; the counts above them are whole.
    static let shownChanges = 500

    let frame: ConsoleFrame
    let fileName: String
    let kindLabel: String
    var lead = ""
    var changes: [Change] = [] { didSet { hasChanges = !changes.isEmpty } }
    var moreChanges: String?
    var problems: [Problem] = [] { didSet { hasProblems = !problems.isEmpty } }
    var warnings: [Problem] = [] { didSet { hasWarnings = !warnings.isEmpty } }
    // Mustache reads stored properties only, so the sections' conditions are kept beside their lists.
    private(set) var hasChanges = false
    private(set) var hasProblems = false
    private(set) var hasWarnings = false
    var confirmAction: String?

    init(frame: ConsoleFrame, upload: ConsoleUpload, kind: ImportKind) {
        self.frame = frame
        fileName = upload.fileName
        kindLabel = kind.label
    }

    mutating func show(_ result: RosterImportResult, warnings: [Diagnostic]) {
        lead = Self.lead(
            ChangeCounts(added: result.added, changed: result.changed, unchanged: result.unchanged),
            applied: result.applied)
        changes = result.changes.prefix(Self.shownChanges).map {
            Change(
                line: $0.line, code: $0.code, field: $0.field.vietnameseHeader, before: $0.before ?? "",
                after: $0.after ?? "")
        }
        if result.changes.count > Self.shownChanges {
            moreChanges =
                "và \(VietnameseNumber.text(Double(result.changes.count - Self.shownChanges))) thay đổi nữa "
                + "(xem tất cả bằng ttbd delegates import --dry-run)."
        }
        self.warnings = warnings.map(Self.problem)
    }

    mutating func show(_ counts: ChangeCounts, applied: Bool) {
        lead = Self.lead(counts, applied: applied)
    }

    mutating func show(problems diagnostics: [Diagnostic]) {
        lead =
            "Tệp có \(diagnostics.count) lỗi nên chưa có gì được ghi. Sửa các dòng dưới đây trong tệp rồi tải lên lại."
        problems = diagnostics.map(Self.problem)
    }

    private static func lead(_ counts: ChangeCounts, applied: Bool) -> String {
        let numbers =
            "\(VietnameseNumber.text(Double(counts.added))) mới, \(VietnameseNumber.text(Double(counts.changed))) "
            + "thay đổi, \(VietnameseNumber.text(Double(counts.unchanged))) không đổi"
        return applied
            ? "Đã nhập: \(numbers)."
            : "Nếu nhập tệp này: \(numbers). Chưa có gì được ghi; xem lại rồi bấm Nhập."
    }

    private static func problem(_ diagnostic: Diagnostic) -> Problem {
        let location = diagnostic.location
        let place =
            location.sheet.map { "ô \(SourceLocation.columnLetters(location.column))\(location.line) (trang \($0))" }
            ?? "dòng \(location.line), ký tự \(location.column)"
        return Problem(place: place, message: diagnostic.wording.text(in: .vietnamese))
    }
}
