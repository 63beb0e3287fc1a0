import Foundation
import Testing
import TrainingImport
import TrainingModel

/// Every kind of problem, at the exact file:line:column, and all of them in one run.
@Suite("Validating the course catalog")
struct CatalogValidationTests {
    /// A small valid catalog the tests break one piece of.
    static let reference = """
        terms:
          - {code: 2026-2031, starts: 2026-03-15, ends: 2031-03-14}
        provinces:
          - {code: "01", name: Thành phố Hà Nội, kind: thành phố trung ương, codename: ha_noi}
        materials:
          - {code: M1, title: Cổng thông tin, kind: link, url: "https://quochoi.vn/"}
        """

    /// The problems `files` have, as printed; empty when the catalog is valid.
    func problems(_ files: [(String, String)]) -> [String] {
        do {
            _ = try CatalogReader().read(files.map { (file: $0.0, text: $0.1) })
            return []
        } catch {
            return error.diagnostics.map(\.description)
        }
    }

    func problems(programs: String) -> [String] {
        problems([("reference.yaml", Self.reference), ("programs.yaml", programs)])
    }

    @Test("the small reference catalog is valid")
    func valid() {
        #expect(
            problems(
                programs: """
                    programs:
                      - code: CT-A
                        title: Bồi dưỡng ĐBQH
                        term: 2026-2031
                        modules:
                          - {code: A01, title: Tổng quan, half_day_sessions: 1, materials: [M1]}
                          - {code: A02, title: Kỳ họp, half_day_sessions: 2, prerequisites: [A01]}
                    """
            ) == [])
    }

    @Test("an unknown prerequisite is reported at the reference")
    func unknownPrerequisite() {
        let found = problems(
            programs: """
                programs:
                  - code: CT-A
                    title: Bồi dưỡng ĐBQH
                    term: 2026-2031
                    modules:
                      - {code: A01, title: Tổng quan, half_day_sessions: 1}
                      - {code: A02, title: Kỳ họp, half_day_sessions: 1, prerequisites: [A01, A09]}
                """)
        #expect(found == ["programs.yaml:7:79: unknown prerequisite 'A09' of module A02; no module has that code"])
    }

    @Test("a program's audience is read, and an unknown condition is reported where it starts")
    func audience() throws {
        let valid = try CatalogReader().read([
            (file: "reference.yaml", text: Self.reference),
            (
                file: "programs.yaml",
                text: """
                programs:
                  - code: CT-B
                    title: Bồi dưỡng đại biểu HĐND
                    term: 2026-2031
                    audience: [council+first-time, province_council]
                    modules:
                      - {code: B01, title: Tổng quan, half_day_sessions: 1}
                """
            ),
        ])
        #expect(valid.curricula.first?.audience.tokens == ["council+first-time", "province_council"])
        let found = problems(
            programs: """
                programs:
                  - code: CT-B
                    title: Bồi dưỡng đại biểu HĐND
                    term: 2026-2031
                    audience: [council+first-time, council+frist-time]
                    modules:
                      - {code: B01, title: Tổng quan, half_day_sessions: 1}
                """)
        #expect(
            found == [
                "programs.yaml:5:44: 'frist-time' in 'council+frist-time' is not a known condition; expected one of national_assembly, province_council, commune_council, council, first-time, full-time, candidate"
            ])
    }

    @Test("a program's certificate issuer is read, and an issuer without its signer is reported where it is")
    func issuer() throws {
        let program = """
            programs:
              - code: CT-B
                title: Bồi dưỡng đại biểu HĐND
                term: 2026-2031
                issuer: {under: Viện Nghiên cứu lập pháp, body: Trung tâm Bồi dưỡng đại biểu dân cử, %@place: Hà Nội}
                modules:
                  - {code: B01, title: Tổng quan, half_day_sessions: 1}
            """
        let valid = try CatalogReader().read([
            (file: "reference.yaml", text: Self.reference),
            (file: "programs.yaml", text: program.replacingOccurrences(of: "%@", with: "signer: Giám đốc, ")),
        ])
        #expect(
            valid.curricula.first?.issuer
                == CertificateIssuer(
                    body: "Trung tâm Bồi dưỡng đại biểu dân cử", parentBody: "Viện Nghiên cứu lập pháp",
                    signerTitle: "Giám đốc", place: "Hà Nội"))
        let found = problems(programs: program.replacingOccurrences(of: "%@", with: ""))
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("programs.yaml:5:13: ") == true, "\(found)")
        #expect(found.first?.contains("signer") == true, "\(found)")
    }

    @Test("prerequisites that go round in a circle are reported once, naming the circle")
    func cyclicPrerequisites() {
        let found = problems(
            programs: """
                programs:
                  - code: CT-A
                    title: Bồi dưỡng ĐBQH
                    term: 2026-2031
                    modules:
                      - {code: A01, title: Tổng quan, half_day_sessions: 1, prerequisites: [A03]}
                      - {code: A02, title: Kỳ họp, half_day_sessions: 1, prerequisites: [A01]}
                      - {code: A03, title: Giám sát, half_day_sessions: 1, prerequisites: [A02]}
                      - {code: A04, title: Tự nó, half_day_sessions: 1, prerequisites: [A04]}
                """)
        #expect(
            found == [
                "programs.yaml:7:74: cyclic prerequisites: A01 → A03 → A02 → A01",
                "programs.yaml:9:73: cyclic prerequisites: A04 → A04",
            ])
    }

    @Test("a duplicate code in another file points back at the first one")
    func duplicateCode() {
        let found = problems([
            ("reference.yaml", Self.reference),
            (
                "a.yaml",
                """
                programs:
                  - code: CT-A
                    title: Bồi dưỡng ĐBQH
                    term: 2026-2031
                    modules:
                      - {code: A01, title: Tổng quan, half_day_sessions: 1}
                """
            ),
            (
                "b.yaml",
                """
                programs:
                  - code: CT-B
                    title: Bồi dưỡng HĐND
                    term: 2026-2031
                    modules:
                      - {code: A01, title: Tổng quan, half_day_sessions: 1}
                """
            ),
        ])
        #expect(found == ["b.yaml:6:16: duplicate module code 'A01', first defined at a.yaml:6:16"])
    }

    @Test("a missing field is reported at its entry, a mistyped one at its value, a typo at its name")
    func missingAndMistypedFields() {
        let found = problems(
            programs: """
                programs:
                  - code: CT-A
                    title: [Bồi dưỡng, ĐBQH]
                    term: 2026-2031
                    modules:
                      - {code: A01, half_day_sessions: 1}
                      - {code: A02, title: Kỳ họp, half_day_sessions: 1, elective: maybe, assesment: test}
                """)
        #expect(
            found == [
                "programs.yaml:3:12: 'title' of a program should be text, found a list",
                "programs.yaml:6:9: a module is missing the field 'title'",
                "programs.yaml:7:68: 'elective' of a module should be true or false, found 'maybe'",
                "programs.yaml:7:75: unknown field 'assesment' in a module; expected one of: code, title, half_day_sessions, title_en, prerequisites, prerequisite_note, target_groups, elective, assessment, materials",
            ])
    }

    @Test("a session count that is zero, negative or not a whole number is refused")
    func nonPositiveSessions() {
        let found = problems(
            programs: """
                programs:
                  - code: CT-A
                    title: Bồi dưỡng ĐBQH
                    term: 2026-2031
                    modules:
                      - {code: A01, title: Tổng quan, half_day_sessions: 0}
                      - {code: A02, title: Kỳ họp, half_day_sessions: -2}
                      - {code: A03, title: Giám sát, half_day_sessions: 1.5}
                """)
        #expect(
            found == [
                "programs.yaml:6:58: 'half_day_sessions' of a module must be a positive whole number, found 0",
                "programs.yaml:7:55: 'half_day_sessions' of a module must be a positive whole number, found -2",
                "programs.yaml:8:57: 'half_day_sessions' of a module should be a whole number, found '1.5'",
            ])
    }

    @Test("an unknown material, term and province are reported where they are named")
    func unknownReferences() {
        let found = problems([
            ("reference.yaml", Self.reference),
            (
                "programs.yaml",
                """
                programs:
                  - code: CT-A
                    title: Bồi dưỡng ĐBQH
                    term: 2021-2026
                    modules:
                      - {code: A01, title: Tổng quan, half_day_sessions: 1, materials: [M1, M2]}
                """
            ),
            (
                "places.yaml",
                """
                communes:
                  - {code: "00004", province: "01", name: Phường Ba Đình, kind: phường}
                  - {code: "99999", province: "99", name: Xã Không Có, kind: xã}
                sittings:
                  - {body: province_council, province: "98", name: Kỳ họp giữa năm, starts: 2026-07-08, ends: 2026-07-10}
                """
            ),
        ])
        #expect(
            found == [
                "programs.yaml:4:11: unknown term '2021-2026' of program CT-A; the catalog has terms: 2026-2031",
                "programs.yaml:6:77: unknown material 'M2' of module A01; the catalog has materials: M1",
                "places.yaml:3:31: unknown province '99' of commune 99999; the catalog has provinces: 01",
                "places.yaml:5:40: unknown province '98' of sitting 'Kỳ họp giữa năm'; the catalog has provinces: 01",
            ])
    }

    @Test("a date that does not exist is told apart from a date written the wrong way")
    func impossibleDates() {
        let found = problems([
            (
                "holidays.yaml",
                """
                holidays:
                  - {date: 2026-02-29, name: Không có}
                  - {date: 2028-02-29, name: Năm nhuận}
                  - {date: 02/09/2026, name: Quốc khánh}
                  - {date: 2026-13-01, name: Tháng mười ba}
                """
            )
        ])
        #expect(
            found == [
                "holidays.yaml:2:12: 'date' of a holiday is 2026-02-29, a date that does not exist",
                "holidays.yaml:4:12: 'date' of a holiday should be a date written YYYY-MM-DD, found '02/09/2026'",
                "holidays.yaml:5:12: 'date' of a holiday is 2026-13-01, a date that does not exist",
            ])
    }

    @Test("a YAML syntax error is reported at the line and column the parser stopped")
    func syntaxError() {
        let found = problems([
            (
                "broken.yaml",
                """
                holidays:
                  - {date: 2026-09-02, name: Quốc khánh
                  - {date: 2026-09-03, name: Quốc khánh}
                """
            )
        ])
        #expect(
            found == [
                "broken.yaml:3:5: YAML syntax error: did not find expected ',' or '}' while parsing a flow mapping"
            ])
        let tab = problems([("tab.yaml", "terms:\n\t- code: 2026-2031\n")])
        #expect(
            tab == [
                "tab.yaml:2:1: YAML syntax error: found character that cannot start any token while scanning for the next token"
            ])
    }

    @Test("the problems of every file come out in one run, in file order")
    func allProblemsAtOnce() {
        let found = problems([
            ("broken.yaml", "terms: [\n"),
            (
                "holidays.yaml",
                """
                holidays:
                  - {date: 2026-02-30, name: Không có}
                calendar: []
                """
            ),
            (
                "programs.yaml",
                """
                programs:
                  - code: CT-A
                    title: Bồi dưỡng ĐBQH
                    term: 2026-2031
                    modules:
                      - {code: A01, title: Tổng quan, half_day_sessions: 0, prerequisites: [A00]}
                """
            ),
        ])
        #expect(found.count == 6, "\(found)")
        #expect(
            found.map { $0.prefix { $0 != ":" } } == [
                "broken.yaml", "holidays.yaml", "holidays.yaml", "programs.yaml", "programs.yaml", "programs.yaml",
            ])
        #expect(
            found.contains(
                "holidays.yaml:3:1: unknown section 'calendar'; expected one of: terms, provinces, communes, materials, "
                    + "programs, holidays, sittings, regions, surveys"
            ))
        #expect(
            found.contains("programs.yaml:4:11: unknown term '2026-2031' of program CT-A; the catalog defines no terms")
        )
    }
}
