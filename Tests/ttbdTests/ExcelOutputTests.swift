import Foundation
import PostgresInfrastructure
import TestSupport
import Testing
import TrainingModel

/// Issue 15, Excel out: workbooks that an independent reader (openpyxl) reads to the values `--format json`
/// gives, and CSV that Excel opens as Vietnamese and never runs as a formula.
@Suite("Lists and reports for Excel")
struct ExcelOutputTests {
    func withWorld(_ body: (TemporaryFolder, [String: String]) async throws -> Void) async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try await TestDatabase.with { database in
            try await database.run { pool in
                try await ReferenceData.load(into: pool)
                _ = try await ReportFixture.insert(into: pool)
            }
            try await body(folder, ["DATABASE_URL": database.url])
        }
    }

    /// What openpyxl reads from a workbook (see `scripts/peers/xlsx-read.py`).
    struct Workbook: Decodable {
        var sheets: [String]
        var frozen: String?
        var rows: [[Cell?]]
        var bold: [String]
        var widths: [String: Double]

        enum Cell: Decodable, Equatable {
            case text(String)
            case number(Double, format: String?)
            case date(String, format: String)

            init(from decoder: any Decoder) throws {
                if let text = try? decoder.singleValueContainer().decode(String.self) {
                    self = .text(text)
                    return
                }
                let typed = try decoder.container(keyedBy: Key.self)
                if let date = try typed.decodeIfPresent(String.self, forKey: .date) {
                    self = .date(date, format: try typed.decode(String.self, forKey: .format))
                } else {
                    self = .number(
                        try typed.decode(Double.self, forKey: .number),
                        format: try typed.decodeIfPresent(String.self, forKey: .format))
                }
            }

            enum Key: String, CodingKey {
                case number, date, format
            }
        }
    }

    func read(_ path: String) throws -> Workbook {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", PythonPeer.script("xlsx-read.py"), path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "openpyxl could not read \(path)")
        return try JSONDecoder().decode(Workbook.self, from: data)
    }

    func run(_ arguments: [String], _ environment: [String: String]) async throws -> ChildProcess.Output {
        let output = try await CommandLineTool.run(arguments, environment: environment)
        #expect(output.status == 0, "\(output.text)")
        return output
    }

    @Test(
        "a class's attendance as a workbook: title and command above a bold frozen header, typed cells as JSON has them"
    )
    func classAttendanceWorkbook() async throws {
        try await withWorld { folder, environment in
            let path = "\(folder.path)/chuyen-can.xlsx"
            let arguments = ["report", "attendance", "--class", "B-HN-01"]
            _ = try await run(arguments + ["--format", "xlsx", "--output", path], environment)
            let json = try await run(arguments + ["--format", "json"], environment)
            let report = try JSONDecoder().decode(ClassAttendance.self, from: Data(json.standardOutput.utf8))
            let book = try read(path)

            #expect(book.sheets == ["Chuyên cần của lớp B-HN-01"])
            #expect(book.rows[0].first == .text("Chuyên cần của lớp B-HN-01"))
            #expect(book.rows[1].first == .text("Lệnh: ttbd report attendance --class B-HN-01"))
            #expect(
                book.rows[3].compactMap { $0 }
                    == [
                        "Mã", "Họ và tên", "Nhóm", "Buổi đã học", "Có mặt", "Muộn", "Có phép", "Vắng", "Chưa điểm danh",
                        "Tham dự", "Tỷ lệ", "Đạt",
                    ].map(Workbook.Cell.text))
            #expect(book.frozen == "A5", "the header stays in sight while the rows scroll")
            #expect(Set(["A1", "A4", "B4", "L4"]).isSubset(of: book.bold))
            #expect(!book.bold.contains("A5"))
            let lines = Array(book.rows[4...])
            #expect(lines.count == report.delegates.count + 1, "the delegates, then the total")
            for (line, delegate) in zip(lines, report.delegates) {
                #expect(line[0] == .text(delegate.delegateCode), "a code stays text, leading zero and all")
                #expect(line[1] == .text(delegate.fullName))
                #expect(line[3] == .number(Double(delegate.counts.held), format: nil))
                #expect(line[9] == .number(Double(delegate.counts.attended), format: nil))
                #expect(line[10] == delegate.counts.attendedShare.map { .number($0, format: "0.0%") })
            }
            #expect(lines.last?[0] == nil, "the total line's key is for scripts")
            #expect(lines.last?[1] == .text("Total (\(report.total.delegates) delegates)"))
            #expect(lines.last?[3] == .number(Double(report.total.counts.held), format: nil))
            #expect((book.widths["B"] ?? 0) >= Double("Nguyễn Văn An".count), "the name column fits the names")
        }
    }

    @Test("a delegate's sessions as a workbook: dates are dates, shown dd/mm/yyyy")
    func sessionDates() async throws {
        try await withWorld { folder, environment in
            let path = "\(folder.path)/buoi-hoc.xlsx"
            let arguments = ["report", "attendance", "--delegate", "0101"]
            _ = try await run(arguments + ["--format", "xlsx", "--output", path], environment)
            let json = try await run(arguments + ["--format", "json"], environment)
            let sessions = try JSONDecoder().decode([SessionAttendance].self, from: Data(json.standardOutput.utf8))
            let book = try read(path)
            let dates = book.rows[4...].map { $0[1] }
            #expect(!sessions.isEmpty)
            #expect(dates == sessions.map { .date($0.date.description, format: "dd/mm/yyyy") })
        }
    }

    @Test("xlsx needs --output; --delimiter and --bom belong to csv; an unwritable --output is a usage error")
    func refusals() async throws {
        try await withWorld { folder, environment in
            for (arguments, message) in [
                (["delegates", "list", "--format", "xlsx"], "--format xlsx writes a workbook: name it with --output"),
                (["delegates", "list", "--delimiter", ";"], "--delimiter, --bom and --no-bom apply to --format csv"),
                (["delegates", "list", "--format", "csv", "--delimiter", "|"], "--delimiter"),
            ] {
                let output = try await CommandLineTool.run(arguments, environment: environment)
                #expect(output.status == 64, "\(arguments)")
                #expect(output.standardError.contains(message), "\(output.standardError)")
            }
            let unwritable = try await CommandLineTool.run(
                ["delegates", "list", "--format", "csv", "--output", "\(folder.path)/none/list.csv"],
                environment: environment)
            #expect(unwritable.status == 64)
            #expect(unwritable.standardError.contains("cannot write \(folder.path)/none/list.csv"))
        }
    }

    @Test("CSV in a file starts with the byte-order mark Excel needs; to a pipe, or with --no-bom, it does not")
    func byteOrderMark() async throws {
        try await withWorld { folder, environment in
            let arguments = ["report", "roster", "B-HN-01", "--format", "csv"]
            let piped = try await run(arguments, environment)
            #expect(piped.standardOutput.hasPrefix("code,full_name,"))

            let named = "\(folder.path)/named.csv"
            _ = try await run(arguments + ["--output", named], environment)
            let bytes = try Data(contentsOf: URL(fileURLWithPath: named))
            #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
            #expect(String(decoding: bytes.dropFirst(3), as: UTF8.self) == piped.standardOutput + "\n")

            // A shell's `> file` is a file too: the mark is there without --output.
            let redirected = "\(folder.path)/redirected.csv"
            let shell = try ChildProcess(
                "/bin/sh", ["-c", "\"$0\" \"$@\" > \(redirected)", CommandLineTool.path] + arguments,
                environment: ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
            ).run()
            #expect(shell.status == 0, "\(shell.text)")
            #expect(try Data(contentsOf: URL(fileURLWithPath: redirected)) == bytes)

            // Appended with `>>`, the mark would land mid-file: only a file's start gets it.
            let appended = try ChildProcess(
                "/bin/sh", ["-c", "\"$0\" \"$@\" >> \(redirected)", CommandLineTool.path] + arguments,
                environment: ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
            ).run()
            #expect(appended.status == 0, "\(appended.text)")
            #expect(try Data(contentsOf: URL(fileURLWithPath: redirected)) == bytes + bytes.dropFirst(3))

            let plain = "\(folder.path)/plain.csv"
            _ = try await run(arguments + ["--output", plain, "--no-bom"], environment)
            #expect(try String(contentsOfFile: plain, encoding: .utf8) == piped.standardOutput + "\n")

            let semicolons = try await run(arguments + ["--delimiter", ";"], environment)
            #expect(semicolons.standardOutput.hasPrefix("code;full_name;body;province_code;cohort;status;"))
        }
    }
}
