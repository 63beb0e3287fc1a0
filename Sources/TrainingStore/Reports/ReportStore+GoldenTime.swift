import PostgresInfrastructure
public import TrainingModel

extension ReportStore {
    /// The golden-time tracker of `term` on `today`: its first-time delegates by province, each counted at
    /// their step with their induction program (``InductionStep``), from `delegate_programs`.
    ///
    /// A delegate's induction program is `program` when given; otherwise any program of the term whose
    /// audience asks for first-time delegates like them (``InductionPrograms``).
    public func goldenTime(term: String, program: String?, today: CalendarDate) async throws -> GoldenTimeReport {
        guard
            let deadline = try await client.query(
                """
                SELECT induction_ends_on::text, (induction_ends_on - \(today.description)::date)::int
                FROM terms WHERE code = \(term)
                """, logger: logger
            ).collect().first?.decode((String?, Int?).self)
        else { throw StoreError(.notFound, "no term has the code \(term); terms are written like 2026-2031") }
        let programs = try await programAudiences(term: term, only: program)
        if let program, programs.isEmpty {
            throw StoreError(.notFound, "no program has the code \(program) in term \(term); e.g. CT-B")
        }
        let inductions = InductionPrograms(programs: programs, named: program != nil)

        let rows = try await client.query(
            """
            SELECT d.code, d.full_name, d.name_sort_key, b.kind, d.full_time, coalesce(d.province_code, ''),
                   coalesce(p.name, '(không rõ tỉnh)'),
                   coalesce(array_agg(dp.curriculum_code) FILTER (WHERE dp.trained), '{}'),
                   coalesce(array_agg(dp.curriculum_code) FILTER (WHERE dp.in_progress AND dp.seated), '{}'),
                   coalesce(array_agg(dp.curriculum_code) FILTER (WHERE dp.in_progress AND NOT dp.seated), '{}')
            FROM delegates d
            JOIN bodies b ON b.id = d.body_id
            LEFT JOIN provinces p ON p.code = d.province_code
            LEFT JOIN delegate_programs dp ON dp.delegate_id = d.id
            WHERE d.term_code = \(term) AND d.first_time
            GROUP BY d.id, b.kind, p.name
            ORDER BY 6
            """, logger: logger)
        var provinces: [(code: String, name: String, steps: [InductionStep])] = []
        for try await row in rows.decode(
            (String, String, String, String, Bool, String, String, [String], [String], [String]).self)
        {
            guard let body = Delegate.BodyKind(rawValue: row.3) else {
                throw StoreError(.inconsistentData, "delegate \(row.0) has a body of unknown kind \(row.3)")
            }
            let delegate = Delegate(
                code: row.0, fullName: row.1, sortKey: row.2, body: body, term: term, firstTime: true, fullTime: row.4)
            let step = InductionStep(
                of: delegate, inductions: inductions, trainedIn: Set(row.7), seatedIn: Set(row.8),
                waitingFor: Set(row.9))
            if provinces.last?.code != row.5 { provinces.append((row.5, row.6, [])) }
            provinces[provinces.count - 1].steps.append(step)
        }
        return GoldenTimeReport(
            term: term, program: program, today: today,
            inductionEndsOn: deadline.0.flatMap(CalendarDate.init(parsing:)),
            daysLeft: deadline.1,
            provinces: provinces.map {
                GoldenTimeReport.Line(provinceCode: $0.code, provinceName: $0.name, steps: $0.steps)
            })
    }

    /// The programs of `term` (only `only`, when given) and who each is for.
    private func programAudiences(term: String, only: String?) async throws -> [(code: String, audience: Audience)] {
        let rows = try await client.query(
            """
            SELECT code, audience FROM curricula
            WHERE term_code = \(term) AND (\(only)::text IS NULL OR code = \(only)::text)
            ORDER BY code
            """, logger: logger)
        var programs: [(code: String, audience: Audience)] = []
        for try await (code, tokens) in rows.decode((String, [String]).self) {
            do {
                programs.append((code, try Audience(parsing: tokens)))
            } catch {
                throw StoreError(
                    .inconsistentData, "program \(code) has an audience ttbd cannot read: \(error.wording)")
            }
        }
        return programs
    }
}

extension ReportStore {
    /// The term under way on `day` or, between terms, the one that started last; nil before any is imported.
    public func currentTerm(on day: CalendarDate) async throws -> String? {
        try await client.query(
            """
            SELECT code FROM terms
            ORDER BY (starts_on <= \(day.description)::date AND \(day.description)::date <= ends_on) DESC,
                     starts_on DESC
            LIMIT 1
            """, logger: logger
        ).collect().first?.decode(String.self)
    }
}
