import TrainingModel

extension Remedy {
    /// The remedy as the command that carries it out, appended to an error's message on stderr.
    var commandLineHint: String { localized(hint) }

    private var hint: Message {
        switch self {
        case .listAccounts: "`ttbd users list` shows the accounts"
        case .listClasses: "`ttbd classes list` shows the classes"
        case .findDelegate: "`ttbd delegates list --search …` finds a delegate"
        case .listLecturers: "`ttbd lecturers list` shows the lecturers"
        case .listVenues: "`ttbd venues list` shows the venues"
        case .listRooms: "`ttbd rooms list` shows the rooms"
        case .listSessions: "`ttbd sessions list --class …` shows a class's sessions"
        case .updateByImport(let noun): "import a CSV (`ttbd \(noun)s import`) to change it"
        case .importCatalog(let noun): "the \(noun) come from `ttbd catalog import`"
        case .applyMigrations: "run `ttbd db migrate` first"
        case .startPrivateCluster: "run `ttbd db up`"
        case .restoreWithForce:
            "add --force to drop what it holds and restore, or restore into an empty database with --into postgres://…"
        }
    }
}
