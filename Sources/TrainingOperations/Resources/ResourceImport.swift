import Foundation
import TrainingImport
import TrainingModel
import TrainingStore

/// The sheets of the center's resources that an admin imports, by code, all or nothing.
public enum ResourceSheet: String, CaseIterable, Sendable {
    case venues, rooms, lecturers
}

extension TrainingOperations {
    /// Reads `contents` of `file` (its name, for problems) as a sheet of `kind` against the codes the database
    /// holds, and adds new rows and updates changed ones by code in one transaction; a dry run says what it would
    /// do and writes nothing. Any invalid row throws an ``InputError`` listing every problem, and nothing is
    /// written.
    public func importResources(_ kind: ResourceSheet, _ contents: Data, file: String, dryRun: Bool) async throws
        -> ChangeCounts
    {
        let reference = try await database.resources.resourceReference()
        switch kind {
        case .venues:
            let rows = try VenueSheet(file: file, reference: reference).read(contents).map(\.value)
            return try await database.transaction(dryRun: dryRun) {
                try await database.resources.saveVenues(rows, updating: true, in: $0)
            }
        case .rooms:
            let rows = try RoomSheet(file: file, reference: reference).read(contents).map(\.value)
            return try await database.transaction(dryRun: dryRun) {
                try await database.resources.saveRooms(rows, updating: true, in: $0)
            }
        case .lecturers:
            let rows = try LecturerSheet(file: file, reference: reference).read(contents).map(\.value)
            return try await database.transaction(dryRun: dryRun) {
                try await database.resources.saveLecturers(rows, updating: true, in: $0)
            }
        }
    }
}
