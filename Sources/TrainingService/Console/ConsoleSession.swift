/// What a signed-in browser's session holds: whose it is, and the token every form it posts must carry, so
/// another site cannot post a form in the staff member's name (CSRF).
struct ConsoleSession: Codable, Sendable {
    var accountID: Int
    var csrfToken: String
}
