/// What a person can do about a failure, named but not worded: each front end says it in its own terms
/// (the command line names a `ttbd` command, the API leaves it out), so no layer below stores a hint.
public enum Remedy: Hashable, Sendable {
    case listAccounts
    case listClasses
    case findDelegate
    case listLecturers
    case listVenues
    case listRooms
    /// The sessions of a class, to find a session's id.
    case listSessions
    /// Venues, rooms and lecturers that exist change through an import of their sheet.
    case updateByImport(noun: String)
    /// Programs, terms and modules come from the catalog: `noun` names the kind missing ("programs").
    case importCatalog(of: String)
    case applyMigrations
    case startPrivateCluster
    /// A restore found its target holding data: replace it on purpose, or choose an empty database.
    case restoreWithForce
}
