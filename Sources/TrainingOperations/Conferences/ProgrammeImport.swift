import Foundation
import PostgresInfrastructure
import TrainingImport
import TrainingModel
import TrainingStore

extension TrainingOperations {
    /// Reads `contents` of `file` (its name, for problems) as the conference's programme and replaces the
    /// programme with it in one transaction (see ``ConferenceStore/replaceProgramme(conference:with:from:in:)``);
    /// a dry run says what it would change and writes nothing. A bad row throws an ``InputError`` listing every
    /// problem, and nothing is written.
    public func importConferenceProgramme(
        conference: String, _ contents: Data, file: String, dryRun: Bool
    ) async throws -> ProgrammeChanges {
        guard let summary = try await database.conferences.conferences(code: conference).first,
            let first = CalendarDate(parsing: summary.startsOn), let last = CalendarDate(parsing: summary.endsOn)
        else { throw StoreError.noConference(conference) }
        let sessions = try ProgrammeSheet(file: file, days: first...last).read(contents).map(\.value)
        return try await database.transaction(dryRun: dryRun) {
            try await database.conferences.replaceProgramme(
                conference: conference, with: sessions, from: file, in: $0)
        }
    }
}
