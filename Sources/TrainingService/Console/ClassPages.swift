import Hummingbird
import PostgresInfrastructure
import TrainingModel
import TrainingStore

/// `GET /classes` (Lớp: the classes the account may read, filtered by program and status) and
/// `GET /classes/{code}` (one class: its numbers, roster and sessions, each session one tap from its register).
/// A class the account may not read answers 404, as the API does.
struct ClassPages {
    let database: Database
    let pages: ConsolePages

    struct ListView: ConsoleView {
        let frame: ConsoleFrame
        let program: String
        let statuses: [SelectOption]
        let classes: [ClassRow]
        let hasClasses: Bool
        let pageLinks: PageLinks
    }

    /// Classes a page of the list shows.
    static let pageSize = 50

    struct ClassView: ConsoleView {
        let frame: ConsoleFrame
        let row: ClassRow
        let programTitle: String
        let place: String
        let cohorts: String
        let attendanceRate: String
        /// The seats held for provinces and bodies, worded.
        let reservations: String
        let hasReservations: Bool
        let roster: [Member]
        let hasRoster: Bool
        let sessions: [Session]
        let hasSessions: Bool
        /// Staff and admins see the forms that change the class; a lecturer reads it.
        let canChange: Bool
    }

    struct Member: Sendable {
        let code: String
        let name: String
        let body: String
        let province: String
        let cohort: String
        let status: String
        let withdrawable: Bool

        init(_ entry: RosterEntry, in language: Language) {
            code = entry.delegateCode
            name = entry.fullName
            body = entry.bodyName
            province = entry.delegation ?? entry.provinceName ?? "—"
            cohort = entry.cohort ?? "—"
            status = ConsoleWords.enrollment(entry.status, position: entry.waitlistPosition, in: language)
            withdrawable = entry.status == .enrolled || entry.status == .waitlisted
        }
    }

    struct Session: Sendable {
        let id: Int
        let day: String
        let time: String
        let cohort: String
        let module: String
        let room: String
        let lecturers: String
        let status: String
        let markable: Bool
        let closable: Bool

        init(_ record: SessionRecord, in language: Language) {
            id = record.id
            day = ConsoleWords.day(record.date)
            time = "\(ConsoleWords.halfDay(record.halfDay, in: language)) \(record.start)–\(record.end)"
            cohort = record.cohortCode
            module = record.moduleCode
            room = record.room ?? "—"
            lecturers =
                record.lecturers.isEmpty
                ? language.words(vi: "Chưa có giảng viên", en: "No lecturer yet")
                : record.lecturers.joined(separator: ", ")
            status = ConsoleWords.sessionStatus(record.status, in: language)
            markable = record.status != .cancelled
            closable = record.status == .planned
        }
    }

    func add(to group: RouterGroup<ServiceContext>) {
        group.get("classes") { request, context in
            let access = try Access(context, database: database)
            let language = request.consoleLanguage
            let filters = ConsoleForm(query: request)
            let (program, status) = (filters.given("program"), filters.given("status"))
            let all = try await ClassRow.visible(to: access, program: program, status: status)
            let page = min(PageLinks.number(filters), max(1, (all.count + Self.pageSize - 1) / Self.pageSize))
            let classes = all.dropFirst((page - 1) * Self.pageSize).prefix(Self.pageSize).map {
                ClassRow($0, in: language)
            }
            let query = [
                program.map { "program=" + ConsoleForm.encoded($0) },
                status.map { "status=" + ConsoleForm.encoded($0) },
            ]
            .compactMap { $0 }.joined(separator: "&")
            let view = ListView(
                frame: ConsoleFrame(
                    title: language.words(vi: "Lớp", en: "Classes"), request: request, context: context,
                    section: "/classes"),
                program: program ?? "",
                statuses: ConsoleWords.classStatuses.map {
                    .init(value: $0, label: ConsoleWords.classStatus($0, in: language), selected: $0 == status)
                },
                classes: classes, hasClasses: !classes.isEmpty,
                pageLinks: PageLinks(
                    number: page, size: Self.pageSize, count: all.count, path: "/classes", query: query,
                    in: language))
            return pages.page("classes", view)
        }
        group.get("classes/{code}") { request, context in
            let access = try Access(context, database: database)
            let language = request.consoleLanguage
            let code = try context.parameters.require("code")
            try await access.requireClass(code)
            guard let detail = try await access.database.classes.classDetail(code: code) else {
                throw Problem(.notFound, "No class has the code \(Problem.quoted(code)).")
            }
            let roster = try await access.database.reports.roster(classCode: code).map { Member($0, in: language) }
            let sessions = try await access.database.sessions.sessions(ofClass: code).map {
                Session($0, in: language)
            }
            let view = ClassView(
                frame: ConsoleFrame(
                    title: language.words(vi: "Lớp \(code)", en: "Class \(code)"), request: request, context: context,
                    section: "/classes"),
                row: ClassRow(detail.summary, in: language), programTitle: detail.programTitle,
                place: detail.summary.online ? ConsoleWords.online(in: language) : detail.venueName ?? "—",
                cohorts: detail.cohorts.map(\.code).joined(separator: ", "),
                attendanceRate: detail.attendanceRate.map(VietnameseNumber.percent)
                    ?? language.words(vi: "Chưa có buổi nào đã học", en: "No session held yet"),
                reservations: detail.reservations.map { $0.wording.text(in: language) }.joined(separator: "; "),
                hasReservations: !detail.reservations.isEmpty,
                roster: roster, hasRoster: !roster.isEmpty, sessions: sessions, hasSessions: !sessions.isEmpty,
                canChange: access.account.seesEverything)
            return pages.page("class", view)
        }
    }
}

extension ClassPages.ListView: TemplateFields {
    nonisolated(unsafe) static let templateFields: [String: PartialKeyPath<Self>] = [
        "frame": \.frame, "program": \.program, "statuses": \.statuses, "classes": \.classes,
        "hasClasses": \.hasClasses, "pageLinks": \.pageLinks,
    ]
}

extension ClassPages.ClassView: TemplateFields {
    nonisolated(unsafe) static let templateFields: [String: PartialKeyPath<Self>] = [
        "frame": \.frame, "row": \.row, "programTitle": \.programTitle, "place": \.place, "cohorts": \.cohorts,
        "attendanceRate": \.attendanceRate, "reservations": \.reservations,
        "hasReservations": \.hasReservations, "roster": \.roster, "hasRoster": \.hasRoster, "sessions": \.sessions,
        "hasSessions": \.hasSessions, "canChange": \.canChange,
    ]
}

extension ClassPages.Member: TemplateFields {
    nonisolated(unsafe) static let templateFields: [String: PartialKeyPath<Self>] = [
        "code": \.code, "name": \.name, "body": \.body, "province": \.province, "cohort": \.cohort, "status": \.status,
        "withdrawable": \.withdrawable,
    ]
}

extension ClassPages.Session: TemplateFields {
    nonisolated(unsafe) static let templateFields: [String: PartialKeyPath<Self>] = [
        "id": \.id, "day": \.day, "time": \.time, "cohort": \.cohort, "module": \.module, "room": \.room,
        "lecturers": \.lecturers, "status": \.status, "markable": \.markable, "closable": \.closable,
    ]
}
