import Foundation
import Hummingbird
import PostgresInfrastructure
import Spreadsheets
import TrainingModel
import TrainingOperations
import TrainingStore

/// Nhập dữ liệu (admins only): `GET /imports` is the form; `POST /imports` uploads a roster or a sheet of venues,
/// rooms or lecturers (CSV or `.xlsx`), keeps it and answers with its dry run (the fields that would change and
/// every problem with its line or cell); `POST /imports/{id}` applies that very file. The same use cases as
/// `ttbd delegates import` and `ttbd venues import`, one transaction each.
struct ImportPages {
    let database: Database
    let pages: ConsolePages
    let now: @Sendable () -> Date

    func add(to group: RouterGroup<ServiceContext>) {
        group.get("imports") { _, context in
            try Self.admin(context, database: database)
            return pages.page(
                "imports", ImportForm(frame: Self.frame(context), kinds: ImportKind.options(selected: nil)))
        }
        group.post("imports") { request, context in
            var request = request
            let access = try Self.admin(context, database: database)
            let form = try await ConsoleForm(&request, context: context)
            guard let kind = form.given("kind").flatMap(ImportKind.init(rawValue:)) else {
                throw Problem(.unprocessableContent, vietnamese: "Chọn loại dữ liệu cần nhập.")
            }
            guard let file = form.file("file"), !file.contents.isEmpty else {
                throw Problem(.unprocessableContent, vietnamese: "Chọn tệp cần nhập (CSV hoặc .xlsx).")
            }
            let upload = ConsoleUpload(
                id: UUID(), kind: kind.rawValue, fileName: String(file.name.prefix(255)), sheet: form.given("sheet"),
                contents: file.contents)
            try await access.database.consoleUploads.keep(upload, for: access.account, now: now())
            return try await review(upload, kind: kind, apply: false, access: access, context: context)
        }
        group.post("imports/{id}") { _, context in
            let access = try Self.admin(context, database: database)
            guard let id = context.parameters.get("id").flatMap(UUID.init(uuidString:)),
                let upload = try await access.database.consoleUploads.upload(id, of: access.account, now: now()),
                let kind = ImportKind(rawValue: upload.kind)
            else {
                throw Problem(
                    .notFound,
                    vietnamese: "Tệp này không còn chờ nhập (đã nhập, hoặc đã quá một ngày); hãy tải lên lại.")
            }
            return try await review(upload, kind: kind, apply: true, access: access, context: context)
        }
    }

    /// Runs the import of `upload` (a dry run unless `apply`) and shows what it did or would do; a file with
    /// problems is forgotten and answered 422 with every problem, as is an applied one after it is applied.
    private func review(
        _ upload: ConsoleUpload, kind: ImportKind, apply: Bool, access: Access, context: ServiceContext
    ) async throws -> Response {
        var view = ImportReview(frame: Self.frame(context), upload: upload, kind: kind)
        do {
            let table = try TableData(upload.contents, file: upload.fileName, sheet: upload.sheet)
            try await table.reading { data in
                switch kind {
                case .roster:
                    let imported = try await access.operations.importRoster(
                        data, file: upload.fileName, dryRun: !apply)
                    view.show(imported.result, warnings: table.placed(imported.warnings))
                case .resources(let sheet):
                    let counts = try await access.operations.importResources(
                        sheet, data, file: upload.fileName, dryRun: !apply)
                    view.show(counts, applied: apply)
                }
            }
        } catch let error as InputError {
            try await access.database.consoleUploads.forget(upload.id)
            view.show(problems: error.diagnostics)
            return pages.page("import-review", view, status: .unprocessableContent)
        }
        if apply {
            try await access.database.consoleUploads.forget(upload.id)
        } else {
            view.confirmAction = "/imports/\(upload.id.uuidString.lowercased())"
        }
        return pages.page("import-review", view)
    }

    @discardableResult
    private static func admin(_ context: ServiceContext, database: Database) throws -> Access {
        let access = try Access(context, database: database)
        try access.requireAdmin("import data")
        return access
    }

    private static func frame(_ context: ServiceContext) -> ConsoleFrame {
        ConsoleFrame(title: "Nhập dữ liệu", context: context, section: "/imports")
    }
}

/// What the console imports: the roster, or one of the center's resource sheets.
enum ImportKind: Sendable, Equatable, CaseIterable {
    case roster
    case resources(ResourceSheet)

    static var allCases: [ImportKind] { [.roster] + ResourceSheet.allCases.map(Self.resources) }

    init?(rawValue: String) {
        if rawValue == "roster" {
            self = .roster
        } else if let sheet = ResourceSheet(rawValue: rawValue) {
            self = .resources(sheet)
        } else {
            return nil
        }
    }

    var rawValue: String {
        switch self {
        case .roster: "roster"
        case .resources(let sheet): sheet.rawValue
        }
    }

    var label: String {
        switch self {
        case .roster: "Danh sách đại biểu"
        case .resources(.venues): "Địa điểm"
        case .resources(.rooms): "Phòng học"
        case .resources(.lecturers): "Giảng viên"
        }
    }

    static func options(selected: ImportKind?) -> [SelectOption] {
        allCases.map { SelectOption(value: $0.rawValue, label: $0.label, selected: $0 == selected) }
    }
}

/// The upload form.
struct ImportForm: Sendable {
    let frame: ConsoleFrame
    let kinds: [SelectOption]
}
