import Hummingbird
import PostgresInfrastructure
import TrainingModel
import TrainingStore

/// What staff change on a class from its page: enroll delegates by code, move them to another class (a seat or
/// the wait list there, their place here given up, all or nothing), withdraw one, close a session's register
/// and issue the class's certificates (a dry run first, then the real one). The same use cases as the command line
/// and the API; a lecturer's attempt is refused (403).
struct ClassActions {
    let database: Database
    let pages: ConsolePages

    func add(to group: RouterGroup<ServiceContext>) {
        group.post("classes/{code}/enrollments") { request, context in
            var request = request
            let (access, code) = try await changeable(context, "enroll delegates")
            let language = request.consoleLanguage
            let codes = try Self.delegateCodes(try await ConsoleForm(&request, context: context), in: language)
            let outcomes = try await access.operations.enroll(classCode: code, delegateCodes: codes)
            return outcome(
                request, context,
                title: language.words(vi: "Ghi danh vào lớp \(code)", en: "Enrollment in class \(code)"),
                lead: language.words(
                    vi: "Đã ghi danh \(outcomes.count) đại biểu:", en: "\(outcomes.count) delegates enrolled:"),
                lines: outcomes.map { Self.words($0, in: language) }, classCode: code)
        }
        group.post("classes/{code}/moves") { request, context in
            var request = request
            let (access, code) = try await changeable(context, "move delegates")
            let language = request.consoleLanguage
            let form = try await ConsoleForm(&request, context: context)
            let codes = try Self.delegateCodes(form, in: language)
            guard let target = form.given("to") else {
                throw Problem(
                    .unprocessableContent, vi: "Nhập mã lớp cần chuyển đến.",
                    en: "Enter the code of the class to move to.", in: language)
            }
            try await access.requireClass(target)
            let outcomes = try await access.operations.enroll(classCode: target, delegateCodes: codes, movingFrom: code)
            return outcome(
                request, context,
                title: language.words(
                    vi: "Chuyển từ lớp \(code) sang lớp \(target)", en: "Move from class \(code) to class \(target)"),
                lead: language.words(
                    vi: "Đã chuyển \(outcomes.count) đại biểu sang lớp \(target):",
                    en: "\(outcomes.count) delegates moved to class \(target):"),
                lines: outcomes.map { Self.words($0, in: language) }, classCode: code)
        }
        group.post("classes/{code}/withdrawals") { request, context in
            var request = request
            let (access, code) = try await changeable(context, "withdraw delegates")
            guard let delegate = try await ConsoleForm(&request, context: context).given("delegate") else {
                throw Problem(
                    .unprocessableContent, vi: "Chọn đại biểu cần rút khỏi lớp.",
                    en: "Choose the delegate to withdraw from the class.", in: request.consoleLanguage)
            }
            _ = try await access.operations.withdraw(classCode: code, delegateCodes: [delegate])
            return ConsolePages.redirect(to: "/classes/\(code)#roster")
        }
        group.post("classes/{code}/certificates") { request, context in
            var request = request
            let (access, code) = try await changeable(context, "issue certificates")
            let language = request.consoleLanguage
            let apply = try await ConsoleForm(&request, context: context)["apply"] == "yes"
            let issue = try await access.operations.issueCertificates(classCode: code, dryRun: !apply)
            let lines =
                issue.issued.map { issued in
                    let number = issued.number.map { language.words(vi: "số \($0)", en: "no. \($0)") }
                    return "\(issued.delegateCode) \(issued.fullName): "
                        + (number ?? language.words(vi: "sẽ được cấp", en: "to be issued"))
                }
                + issue.notCompleting.map {
                    "\($0.delegateCode) \($0.fullName): "
                        + language.words(vi: "chưa hoàn thành", en: "not completed")
                        + " (\($0.wording.text(in: language)))"
                }
            let (issued, already) = (issue.issued.count, issue.alreadyIssued)
            let lead =
                apply
                ? language.words(
                    vi: "Đã cấp \(issued) chứng chỉ; \(already) người đã có từ trước.",
                    en: "\(issued) certificates issued; \(already) people already had one.")
                : language.words(
                    vi: "Nếu cấp bây giờ: \(issued) chứng chỉ mới; \(already) người đã có. Chưa có gì thay đổi.",
                    en: "If issued now: \(issued) new certificates; \(already) people already have one. "
                        + "Nothing has changed yet.")
            return outcome(
                request, context,
                title: language.words(vi: "Chứng chỉ lớp \(code)", en: "Certificates of class \(code)"), lead: lead,
                lines: lines, classCode: code,
                confirm: apply || issue.issued.isEmpty
                    ? nil
                    : .init(
                        action: "/classes/\(code)/certificates",
                        label: language.words(vi: "Cấp \(issued) chứng chỉ", en: "Issue \(issued) certificates")))
        }
        group.post("sessions/{id}/close") { _, context in
            let (access, id) = try await Access.toSession(context, database: database)
            try access.requireStaffChange("close a session's register")
            let closing = try await access.operations.closeSession(id)
            return ConsolePages.redirect(to: "/classes/\(closing.session.classCode)#sessions")
        }
    }

    /// The delegates' codes a form names, separated by commas, semicolons or blanks; at least one.
    private static func delegateCodes(_ form: ConsoleForm, in language: Language) throws -> [String] {
        let codes = (form["delegates"] ?? "").split(whereSeparator: { $0 == "," || $0 == ";" || $0.isWhitespace })
            .map(String.init)
        guard !codes.isEmpty else {
            throw Problem(
                .unprocessableContent, vi: "Nhập mã của ít nhất một đại biểu, cách nhau bằng dấu phẩy.",
                en: "Enter the code of at least one delegate, separated by commas.", in: language)
        }
        return codes
    }

    private func changeable(_ context: ServiceContext, _ what: Message) async throws -> (Access, String) {
        let access = try Access(context, database: database)
        let code = try context.parameters.require("code")
        try await access.requireClass(code)
        try access.requireStaffChange(what)
        return (access, code)
    }

    private func outcome(
        _ request: Request, _ context: ServiceContext, title: String, lead: String, lines: [String],
        classCode: String, confirm: OutcomePage.Confirm? = nil
    ) -> Response {
        let frame = ConsoleFrame(title: title, request: request, context: context, section: "/classes")
        return pages.page(
            "outcome",
            OutcomePage(
                frame: frame, lead: lead, lines: lines, confirm: confirm, backHref: "/classes/\(classCode)",
                backLabel: frame.language.words(vi: "Về lớp \(classCode)", en: "Back to class \(classCode)")))
    }

    /// `0103 Trần Văn Dũng: đã ghi danh, nhóm N1`.
    static func words(_ outcome: EnrollmentOutcome, in language: Language) -> String {
        let result =
            switch outcome.result {
            case .enrolled(let cohort):
                cohort.map { language.words(vi: "đã ghi danh, nhóm \($0)", en: "enrolled, group \($0)") }
                    ?? language.words(vi: "đã ghi danh", en: "enrolled")
            case .waitlisted(let position):
                language.words(vi: "vào danh sách chờ, thứ \(position)", en: "on the waiting list, no. \(position)")
            case .refused(let refusals):
                language.words(vi: "không ghi danh được: ", en: "not enrolled: ")
                    + refusals.map { $0.wording.text(in: language) }.joined(separator: "; ")
            }
        return "\(outcome.delegateLabel): \(result)"
    }
}
