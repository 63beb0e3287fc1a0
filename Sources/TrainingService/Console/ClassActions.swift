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
            let codes = try Self.delegateCodes(try await ConsoleForm(&request, context: context))
            let outcomes = try await access.operations.enroll(classCode: code, delegateCodes: codes)
            return outcome(
                context, title: "Ghi danh vào lớp \(code)", lead: "Đã ghi danh \(outcomes.count) đại biểu:",
                lines: outcomes.map(Self.words), classCode: code)
        }
        group.post("classes/{code}/moves") { request, context in
            var request = request
            let (access, code) = try await changeable(context, "move delegates")
            let form = try await ConsoleForm(&request, context: context)
            let codes = try Self.delegateCodes(form)
            guard let target = form.given("to") else {
                throw Problem(.unprocessableContent, vietnamese: "Nhập mã lớp cần chuyển đến.")
            }
            try await access.requireClass(target)
            let outcomes = try await access.operations.enroll(classCode: target, delegateCodes: codes, movingFrom: code)
            return outcome(
                context, title: "Chuyển từ lớp \(code) sang lớp \(target)",
                lead: "Đã chuyển \(outcomes.count) đại biểu sang lớp \(target):", lines: outcomes.map(Self.words),
                classCode: code)
        }
        group.post("classes/{code}/withdrawals") { request, context in
            var request = request
            let (access, code) = try await changeable(context, "withdraw delegates")
            guard let delegate = try await ConsoleForm(&request, context: context).given("delegate") else {
                throw Problem(.unprocessableContent, vietnamese: "Chọn đại biểu cần rút khỏi lớp.")
            }
            _ = try await access.operations.withdraw(classCode: code, delegateCodes: [delegate])
            return ConsolePages.redirect(to: "/classes/\(code)#roster")
        }
        group.post("classes/{code}/certificates") { request, context in
            var request = request
            let (access, code) = try await changeable(context, "issue certificates")
            let apply = try await ConsoleForm(&request, context: context)["apply"] == "yes"
            let issue = try await access.operations.issueCertificates(classCode: code, dryRun: !apply)
            let lines =
                issue.issued.map {
                    "\($0.delegateCode) \($0.fullName): \($0.number.map { "số \($0)" } ?? "sẽ được cấp")"
                }
                + issue.notCompleting.map {
                    "\($0.delegateCode) \($0.fullName): chưa hoàn thành (\($0.wording.text(in: .vietnamese)))"
                }
            let lead =
                apply
                ? "Đã cấp \(issue.issued.count) chứng chỉ; \(issue.alreadyIssued) người đã có từ trước."
                : "Nếu cấp bây giờ: \(issue.issued.count) chứng chỉ mới; \(issue.alreadyIssued) người đã có. Chưa có gì thay đổi."
            return outcome(
                context, title: "Chứng chỉ lớp \(code)", lead: lead, lines: lines, classCode: code,
                confirm: apply || issue.issued.isEmpty
                    ? nil : .init(action: "/classes/\(code)/certificates", label: "Cấp \(issue.issued.count) chứng chỉ")
            )
        }
        group.post("sessions/{id}/close") { _, context in
            let (access, id) = try await Access.toSession(context, database: database)
            try access.requireStaffChange("close a session's register")
            let closing = try await access.operations.closeSession(id)
            return ConsolePages.redirect(to: "/classes/\(closing.session.classCode)#sessions")
        }
    }

    /// The delegates' codes a form names, separated by commas, semicolons or blanks; at least one.
    private static func delegateCodes(_ form: ConsoleForm) throws -> [String] {
        let codes = (form["delegates"] ?? "").split(whereSeparator: { $0 == "," || $0 == ";" || $0.isWhitespace })
            .map(String.init)
        guard !codes.isEmpty else {
            throw Problem(
                .unprocessableContent, vietnamese: "Nhập mã của ít nhất một đại biểu, cách nhau bằng dấu phẩy.")
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
        _ context: ServiceContext, title: String, lead: String, lines: [String], classCode: String,
        confirm: OutcomePage.Confirm? = nil
    ) -> Response {
        pages.page(
            "outcome",
            OutcomePage(
                frame: ConsoleFrame(title: title, context: context, section: "/classes"), lead: lead, lines: lines,
                confirm: confirm, backHref: "/classes/\(classCode)", backLabel: "Về lớp \(classCode)"))
    }

    /// `0103 Trần Văn Dũng: đã ghi danh, nhóm N1`.
    static func words(_ outcome: EnrollmentOutcome) -> String {
        let result =
            switch outcome.result {
            case .enrolled(let cohort): cohort.map { "đã ghi danh, nhóm \($0)" } ?? "đã ghi danh"
            case .waitlisted(let position): "vào danh sách chờ, thứ \(position)"
            case .refused(let refusals):
                "không ghi danh được: " + refusals.map { $0.wording.text(in: .vietnamese) }.joined(separator: "; ")
            }
        return "\(outcome.delegateLabel): \(result)"
    }
}
