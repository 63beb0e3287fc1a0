import TrainingModel
import TrainingStore

/// The page after an upload or an apply: the counts, the fields that change (for a roster), every problem
/// with its place in the file, and for a dry run that passed the button that applies it.
struct ImportReview: ConsoleView {
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
        kindLabel = kind.label(in: frame.language)
    }

    private var language: Language { frame.language }

    mutating func show(_ result: RosterImportResult, warnings: [Diagnostic]) {
        lead = Self.lead(
            ChangeCounts(added: result.added, changed: result.changed, unchanged: result.unchanged),
            applied: result.applied, in: language)
        let language = language
        changes = result.changes.prefix(Self.shownChanges).map {
            Change(
                line: $0.line, code: $0.code,
                field: language.words(vi: $0.field.vietnameseHeader, en: $0.field.rawValue),
                before: $0.before ?? "", after: $0.after ?? "")
        }
        if result.changes.count > Self.shownChanges {
            let more = ConsoleWords.number(result.changes.count - Self.shownChanges)
            moreChanges = language.words(
                vi: "và \(more) thay đổi nữa (xem tất cả bằng ttbd delegates import --dry-run).",
                en: "and \(more) more changes (see them all with ttbd delegates import --dry-run).")
        }
        self.warnings = warnings.map { Self.problem($0, in: language) }
    }

    mutating func show(_ counts: ChangeCounts, applied: Bool) {
        lead = Self.lead(counts, applied: applied, in: language)
    }

    mutating func show(problems diagnostics: [Diagnostic]) {
        lead = language.words(
            vi:
                "Tệp có \(diagnostics.count) lỗi nên chưa có gì được ghi. Sửa các dòng dưới đây trong tệp rồi tải lên lại.",
            en: "The file has \(diagnostics.count) errors, so nothing was written. Fix the lines below in the file "
                + "and upload it again.")
        let language = language
        problems = diagnostics.map { Self.problem($0, in: language) }
    }

    private static func lead(_ counts: ChangeCounts, applied: Bool, in language: Language) -> String {
        let (added, changed, unchanged) =
            (
                ConsoleWords.number(counts.added), ConsoleWords.number(counts.changed),
                ConsoleWords.number(counts.unchanged)
            )
        let numbers = language.words(
            vi: "\(added) mới, \(changed) thay đổi, \(unchanged) không đổi",
            en: "\(added) new, \(changed) changed, \(unchanged) unchanged")
        return applied
            ? language.words(vi: "Đã nhập: \(numbers).", en: "Imported: \(numbers).")
            : language.words(
                vi: "Nếu nhập tệp này: \(numbers). Chưa có gì được ghi; xem lại rồi bấm Nhập.",
                en: "If this file is imported: \(numbers). Nothing has been written yet; check, then press Import.")
    }

    private static func problem(_ diagnostic: Diagnostic, in language: Language) -> Problem {
        let location = diagnostic.location
        let cell = "\(SourceLocation.columnLetters(location.column))\(location.line)"
        let place =
            location.sheet.map {
                language.words(vi: "ô \(cell) (trang \($0))", en: "cell \(cell) (sheet \($0))")
            }
            ?? language.words(
                vi: "dòng \(location.line), ký tự \(location.column)",
                en: "line \(location.line), character \(location.column)")
        return Problem(place: place, message: diagnostic.wording.text(in: language))
    }
}
