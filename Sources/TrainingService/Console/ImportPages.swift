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
        group.get("imports") { request, context in
            try Self.admin(context, database: database)
            let frame = Self.frame(request, context)
            return pages.page(
                "imports", ImportForm(frame: frame, kinds: ImportKind.options(selected: nil, in: frame.language)))
        }
        group.post("imports") { request, context in
            var request = request
            let access = try Self.admin(context, database: database)
            let language = request.consoleLanguage
            let form = try await ConsoleForm(&request, context: context)
            guard let kind = form.given("kind").flatMap(ImportKind.init(rawValue:)) else {
                throw Problem(
                    .unprocessableContent, vi: "Chọn loại dữ liệu cần nhập.", en: "Choose the kind of data to import.",
                    in: language)
            }
            guard let file = form.file("file"), !file.contents.isEmpty else {
                throw Problem(
                    .unprocessableContent, vi: "Chọn tệp cần nhập (CSV hoặc .xlsx).",
                    en: "Choose the file to import (CSV or .xlsx).", in: language)
            }
            let upload = ConsoleUpload(
                id: UUID(), kind: kind.rawValue, fileName: String(file.name.prefix(255)), sheet: form.given("sheet"),
                contents: file.contents)
            try await access.database.consoleUploads.keep(upload, for: access.account, now: now())
            return try await review(
                upload, kind: kind, apply: false, access: access, request: request, context: context)
        }
        group.post("imports/{id}") { request, context in
            let access = try Self.admin(context, database: database)
            guard let id = context.parameters.get("id").flatMap(UUID.init(uuidString:)),
                let upload = try await access.database.consoleUploads.upload(id, of: access.account, now: now()),
                let kind = ImportKind(rawValue: upload.kind)
            else {
                throw Problem(
                    .notFound, vi: "Tệp này không còn chờ nhập (đã nhập, hoặc đã quá một ngày); hãy tải lên lại.",
                    en: "This file is no longer waiting to be imported (it was imported, or is over a day old); "
                        + "upload it again.",
                    in: request.consoleLanguage)
            }
            return try await review(
                upload, kind: kind, apply: true, access: access, request: request, context: context)
        }
    }

    /// Runs the import of `upload` (a dry run unless `apply`) and shows what it did or would do; a file with
    /// problems is forgotten and answered 422 with every problem, as is an applied one after it is applied.
    private func review(
        _ upload: ConsoleUpload, kind: ImportKind, apply: Bool, access: Access, request: Request,
        context: ServiceContext
    ) async throws -> Response {
        var view = ImportReview(frame: Self.frame(request, context), upload: upload, kind: kind)
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

    private static func frame(_ request: Request, _ context: ServiceContext) -> ConsoleFrame {
        ConsoleFrame(
            title: request.consoleLanguage.words(vi: "Nhập dữ liệu", en: "Import data"), request: request,
            context: context, section: "/imports")
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

    func label(in language: Language) -> String {
        switch self {
        case .roster: language.words(vi: "Danh sách đại biểu", en: "Delegate roster")
        case .resources(.venues): language.words(vi: "Địa điểm", en: "Venues")
        case .resources(.rooms): language.words(vi: "Phòng học", en: "Rooms")
        case .resources(.lecturers): language.words(vi: "Giảng viên", en: "Lecturers")
        }
    }

    static func options(selected: ImportKind?, in language: Language) -> [SelectOption] {
        allCases.map { SelectOption(value: $0.rawValue, label: $0.label(in: language), selected: $0 == selected) }
    }
}

/// The upload form.
struct ImportForm: ConsoleView {
    let frame: ConsoleFrame
    let kinds: [SelectOption]
}
