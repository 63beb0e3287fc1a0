import Foundation
import PostgresInfrastructure
import PostgresNIO
import TrainingModel

/// A file an admin uploaded in the console, waiting between its dry run and its apply.
public struct ConsoleUpload: Sendable, Equatable {
    public var id: UUID
    /// `roster`, `venues`, `rooms` or `lecturers`.
    public var kind: String
    public var fileName: String
    public var sheet: String?
    public var contents: Data

    public init(id: UUID, kind: String, fileName: String, sheet: String?, contents: Data) {
        self.id = id
        self.kind = kind
        self.fileName = fileName
        self.sheet = sheet
        self.contents = contents
    }
}

/// The console's uploads: kept for a day for the account that uploaded them, so that the apply reads the very
/// bytes its dry run read on whichever `ttbd serve` answers it.
public struct ConsoleUploadStore: StoreArea {
    let database: Database

    /// How long an upload waits to be applied.
    public static let lifetime: Duration = .seconds(24 * 3600)

    /// Keeps `upload` for `account`, for ``lifetime`` from `now`.
    public func keep(_ upload: ConsoleUpload, for account: Account, now: Date) async throws {
        try await client.query(
            """
            INSERT INTO console_uploads (id, account_id, kind, file_name, sheet, contents, expires_at)
            VALUES (\(upload.id), \(account.id), \(upload.kind), \(upload.fileName), \(upload.sheet),
                    \(ByteBuffer(bytes: upload.contents)), \(now.addingTimeInterval(Self.lifetimeSeconds)))
            """, logger: logger)
    }

    /// The upload `id` of `account`, unless it expired by `now` (or is another account's).
    public func upload(_ id: UUID, of account: Account, now: Date) async throws -> ConsoleUpload? {
        let rows = try await client.query(
            """
            SELECT kind, file_name, sheet, contents FROM console_uploads
            WHERE id = \(id) AND account_id = \(account.id) AND expires_at > \(now)
            """, logger: logger)
        for try await (kind, fileName, sheet, contents) in rows.decode((String, String, String?, ByteBuffer).self) {
            return ConsoleUpload(
                id: id, kind: kind, fileName: fileName, sheet: sheet, contents: Data(contents.readableBytesView))
        }
        return nil
    }

    public func forget(_ id: UUID) async throws {
        try await client.query("DELETE FROM console_uploads WHERE id = \(id)", logger: logger)
    }

    private static var lifetimeSeconds: TimeInterval { TimeInterval(lifetime.components.seconds) }
}

extension Database {
    /// The files uploaded in the console and not yet applied.
    public var consoleUploads: ConsoleUploadStore { ConsoleUploadStore(database: self) }
}
