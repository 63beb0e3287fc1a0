import Foundation
import TrainingModel

/// Reads a delegate roster CSV (English or Vietnamese header, columns in any order) and checks every
/// row, collecting every problem so one run shows them all. A list of candidates is read the same way, each
/// row the body the person stands for; a candidate is never first-time or full-time.
public struct RosterReader: Sendable {
    public let file: String
    public let reference: RosterReference
    /// What the rows are: delegates, or candidates standing for election.
    public let standing: Delegate.Standing
    /// The fewest bytes worth a piece of their own when reading side by side (a test makes it small).
    var smallestPart = 1 << 20

    public init(file: String, reference: RosterReference, standing: Delegate.Standing = .delegate) {
        self.file = file
        self.reference = reference
        self.standing = standing
    }

    /// The rows, or an ``InputError`` with every problem (and the warnings) when any row is invalid.
    public func read(_ data: Data) throws(InputError) -> Roster {
        var cursor = try CSVReader(file: file).cursor(data)
        var checker = try RosterChecker(header: cursor.header, delimiter: cursor.delimiter, reader: self)
        var rows: [Roster.Row] = []
        while let row = try cursor.next() {
            if let checked = checker.check(row) { rows.append(checked) }
        }
        try checker.finish()
        return Roster(file: file, rows: rows, fields: checker.columns.present, warnings: checker.warnings)
    }

    /// Reads the roster in up to `parts` pieces side by side and hands its valid rows to `accept` in batches, each
    /// piece's from its own task, for as long as that piece has found no invalid row: a national roster is sent on
    /// to the database while it is read, on every core. Returns the warnings; after reading the whole file, throws
    /// an ``InputError`` with every problem if there was one (the caller then discards what it was given), or the
    /// first malformed row's if the file is not CSV, as reading it in one piece would.
    public func read(
        _ data: Data, parts: Int = RosterReader.cores, accept: @escaping @Sendable ([Roster.Row]) async throws -> Void
    ) async throws -> RosterReading {
        let cursor = try CSVReader(file: file).cursor(data)
        let checker = try RosterChecker(header: cursor.header, delimiter: cursor.delimiter, reader: self)
        let pieces = cursor.split(into: parts, smallest: smallestPart)
        let outcomes = try await withThrowingTaskGroup(of: (Int, PieceOutcome).self) { group in
            for (index, piece) in pieces.enumerated() {
                group.addTask { (index, try await Self.read(piece, checker: checker, accept: accept)) }
            }
            var outcomes: [PieceOutcome?] = Array(repeating: nil, count: pieces.count)
            for try await (index, outcome) in group { outcomes[index] = outcome }
            return outcomes.compactMap { $0 }
        }
        // As reading in one piece: text that is not UTF-8 anywhere first, then the first malformed row.
        for outcome in outcomes { if case .badText(let error) = outcome { throw error } }
        for outcome in outcomes { if case .badRow(let error) = outcome { throw error } }
        let checkers = outcomes.compactMap { outcome in if case .read(let checker) = outcome { checker } else { nil } }
        var whole = checkers[0]
        whole.absorb(Array(checkers.dropFirst()))
        try whole.finish()
        return RosterReading(fields: whole.columns.present, warnings: whole.warnings)
    }

    /// How reading a piece ended.
    private enum PieceOutcome: Sendable {
        case read(RosterChecker)
        case badText(InputError)
        case badRow(InputError)
    }

    /// The checker of one piece read to its end, or what made its text or one of its rows unreadable.
    private static func read(
        _ piece: CSVCursor, checker: RosterChecker, accept: @Sendable ([Roster.Row]) async throws -> Void
    ) async throws -> PieceOutcome {
        var piece = piece
        var checker = checker
        do {
            try piece.checkText()
        } catch {
            return .badText(error)
        }
        var batch: [Roster.Row] = []
        batch.reserveCapacity(batchRows)
        do {
            while let row = try piece.next() {
                guard let checked = checker.check(row), checker.problems.isEmpty else { continue }
                batch.append(checked)
                if batch.count == batchRows {
                    try await accept(batch)
                    batch.removeAll(keepingCapacity: true)
                    // The pieces would otherwise hold every thread until they end: the connection's sender (and,
                    // in the service, every other request) takes its turn between batches.
                    await Task.yield()
                }
            }
        } catch let error as InputError {
            return .badRow(error)
        }
        if !batch.isEmpty && checker.problems.isEmpty { try await accept(batch) }
        return .read(checker)
    }

    /// Rows handed on at a time: enough that a batch costs little to pass, few enough that the connection sends
    /// while the rest is read.
    static let batchRows = 2_000

    /// How many pieces a roster is read in by default: one per core, since reading is bound by the processor.
    public static var cores: Int { ProcessInfo.processInfo.activeProcessorCount }

    /// Which field holds which column; unknown headers are warned about and ignored.
    func mapHeader(_ header: CSVTable.Row, warnings: inout [Diagnostic]) throws(InputError)
        -> RosterColumns
    {
        var columns = RosterColumns()
        var problems: [Diagnostic] = []
        for (index, name) in header.fields.enumerated() {
            let location = SourceLocation(file: file, line: header.line, column: header.columns[index])
            guard let column = RosterColumn(header: name) else {
                warnings.append(
                    Diagnostic(.warning, at: location, "column '\(name)' is not a roster column; ignored" as Message))
                continue
            }
            if columns[column] != nil {
                problems.append(
                    Diagnostic(at: location, "column \(column.rawValue) appears twice; expected it once" as Message))
            }
            columns[column] = index
        }
        let missing = RosterColumn.required.filter { columns[$0] == nil }
        if !missing.isEmpty {
            let names = missing.map { "\($0.rawValue) (\($0.vietnameseHeader))" }.joined(separator: ", ")
            problems.append(
                Diagnostic(
                    at: SourceLocation(file: file, line: header.line, column: 1),
                    "the header lacks \(names); expected at least code, full_name, body and term" as Message))
        }
        guard problems.isEmpty else { throw InputError(problems + warnings) }
        return columns
    }
}
