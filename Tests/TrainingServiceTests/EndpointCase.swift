import HTTPTypes
import Testing

/// Who asks in the authorization tests: each account of ``ServiceWorld`` (two lecturers, two delegates, one
/// whose token was revoked and one whose token expired), a calendar feed's token sent as a bearer, and nobody.
enum Caller: String, CaseIterable, Sendable, CustomStringConvertible {
    case admin = "ada", staff = "sam", lecturer = "lan", otherLecturer = "binh", delegate = "an", otherDelegate = "em"
    case revoked = "rev", expired = "old", feedToken = "feed", anonymous = ""

    var description: String { self == .anonymous ? "no token" : "\(rawValue)" }

    /// The `Authorization` header this caller sends.
    func headers(in world: ServiceWorld) -> HTTPFields {
        switch self {
        case .anonymous: [:]
        case .feedToken: [.authorization: "Bearer \(world.feedToken)"]
        default: world.headers(rawValue)
        }
    }

    /// The delegate's code, for a delegate's account.
    var delegateCode: String? {
        switch self {
        case .delegate: "0101"
        case .otherDelegate: "7901"
        default: nil
        }
    }

    var isLecturer: Bool { self == .lecturer || self == .otherLecturer }
}

/// One endpoint and the status each caller gets from it. `{s1}` in the path stands for the id of B-HN-01's
/// first session (the one lecturer L01 teaches); a body may depend on the caller, so each write changes
/// something new.
struct EndpointCase: Sendable, CustomTestStringConvertible {
    let method: HTTPRequest.Method
    let path: String
    let expected: [Caller: Int]
    var body: @Sendable (Caller) -> String? = { _ in nil }

    var testDescription: String { "\(method) \(path)" }

    /// The status `caller` must get: a token that is revoked, expired or a feed's is 401 on every `/v1` route;
    /// the lecturer who teaches nothing gets what the stranger delegate gets unless a rule says otherwise.
    func status(for caller: Caller) -> Int? {
        if [.revoked, .expired, .feedToken].contains(caller) { return isPublic ? expected[.admin] : 401 }
        if caller == .otherLecturer { return expected[.otherLecturer] ?? expected[.otherDelegate] }
        return expected[caller]
    }

    /// Routes without authentication answer everyone alike.
    var isPublic: Bool { !path.hasPrefix("/v1/") || path.hasPrefix("/v1/calendar/") }

    /// Staff see everything; the lecturer and delegate 0101 (`an`) see B-HN-01 and 0101; `em` (7901) sees
    /// neither and gets 404; no token gets 401.
    static let open: [Caller: Int] = [
        .admin: 200, .staff: 200, .lecturer: 200, .delegate: 200, .otherDelegate: 404, .anonymous: 401,
    ]
    static let staffOnly: [Caller: Int] = [
        .admin: 200, .staff: 200, .lecturer: 404, .delegate: 404, .otherDelegate: 404, .anonymous: 401,
    ]
    static let staffAndLecturer: [Caller: Int] = [
        .admin: 200, .staff: 200, .lecturer: 200, .delegate: 404, .otherDelegate: 404, .anonymous: 401,
    ]
    static let anyAccount: [Caller: Int] = [
        .admin: 200, .staff: 200, .lecturer: 200, .delegate: 200, .otherDelegate: 200, .anonymous: 401,
    ]
    static let delegatesOwn: [Caller: Int] = [
        .admin: 404, .staff: 404, .lecturer: 404, .otherLecturer: 404, .delegate: 200, .otherDelegate: 200,
        .anonymous: 401,
    ]
    /// A code nobody has: refused alike to every signed-in caller.
    static let unknownToAll: [Caller: Int] = Dictionary(
        uniqueKeysWithValues: Caller.allCases.map { ($0, $0 == .anonymous ? 401 : 404) })
    static let everyone: [Caller: Int] = Dictionary(uniqueKeysWithValues: Caller.allCases.map { ($0, 200) })

    static let all: [EndpointCase] = [
        EndpointCase(method: .get, path: "/v1/me", expected: anyAccount),
        EndpointCase(
            method: .get, path: "/v1/me/schedule",
            expected: [.admin: 404, .staff: 404, .lecturer: 200, .delegate: 200, .otherDelegate: 200, .anonymous: 401]),
        EndpointCase(method: .get, path: "/v1/me/materials", expected: delegatesOwn),
        EndpointCase(method: .get, path: "/v1/me/certificates", expected: delegatesOwn),
        EndpointCase(method: .get, path: "/v1/me/classes", expected: delegatesOwn),
        EndpointCase(method: .get, path: "/v1/classes", expected: anyAccount),
        EndpointCase(method: .get, path: "/v1/classes/B-HN-01", expected: open),
        EndpointCase(method: .get, path: "/v1/classes/B-HN-01/sessions", expected: open),
        EndpointCase(method: .get, path: "/v1/classes/B-HN-01/enrollments", expected: open),
        EndpointCase(
            method: .post, path: "/v1/classes/B-HN-01/enrollments",
            expected: [.admin: 201, .staff: 201, .lecturer: 403, .delegate: 403, .otherDelegate: 404, .anonymous: 401],
            body: { caller in #"{"delegate": "\#(caller == .staff ? "0103" : "7902")"}"# }),
        EndpointCase(method: .get, path: "/v1/sessions/{s1}/attendance", expected: staffAndLecturer),
        EndpointCase(
            method: .post, path: "/v1/sessions/{s1}/attendance", expected: staffAndLecturer,
            body: { _ in #"{"delegate": "0104", "status": "present"}"# }),
        EndpointCase(
            method: .put, path: "/v1/sessions/{s1}/attendance", expected: staffAndLecturer,
            body: { _ in #"{"marks": [{"delegate": "0104", "status": "present"}]}"# }),
        EndpointCase(method: .get, path: "/v1/delegates/0101", expected: open),
        EndpointCase(method: .get, path: "/v1/delegates/0101/schedule", expected: open),
        EndpointCase(method: .get, path: "/v1/delegates/0101/attendance", expected: open),
        EndpointCase(method: .get, path: "/v1/delegates/0101/certificates", expected: open),
        EndpointCase(method: .get, path: "/v1/delegates/0101/materials", expected: open),
        EndpointCase(method: .get, path: "/v1/reports/completion?by=province", expected: staffOnly),
        EndpointCase(
            method: .get, path: "/v1/me/materials/999999/content",
            expected: [.admin: 404, .staff: 404, .lecturer: 404, .delegate: 404, .otherDelegate: 404, .anonymous: 401]),
        EndpointCase(method: .get, path: "/v1/me/surveys", expected: delegatesOwn),
        EndpointCase(method: .get, path: "/v1/me/surveys/NO-SURVEY", expected: unknownToAll),
        EndpointCase(
            method: .put, path: "/v1/me/surveys/NO-SURVEY", expected: unknownToAll, body: { _ in #"{"answers": {}}"# }),
        EndpointCase(method: .get, path: "/v1/surveys", expected: staffOnly),
        EndpointCase(method: .get, path: "/v1/surveys/NO-SURVEY/report", expected: unknownToAll),
        EndpointCase(method: .get, path: "/v1/conferences", expected: staffOnly),
        EndpointCase(method: .get, path: "/v1/conferences/NO-CONFERENCE", expected: unknownToAll),
        EndpointCase(method: .get, path: "/v1/conferences/NO-CONFERENCE/report", expected: unknownToAll),
        EndpointCase(
            method: .post, path: "/v1/induction/what-if",
            expected: [.admin: 202, .staff: 202, .lecturer: 404, .delegate: 404, .otherDelegate: 404, .anonymous: 401],
            body: { _ in
                #"{"program": "CT-B", "term": "2026-2031", "startsOn": "2026-06-01", "endsOn": "2026-06-30", "classSize": 40}"#
            }),
        EndpointCase(method: .get, path: "/v1/induction/what-if/999999", expected: unknownToAll),
        EndpointCase(method: .get, path: "/v1/calendar/{feed}.ics", expected: everyone),
        EndpointCase(method: .get, path: "/health", expected: everyone),
        EndpointCase(method: .get, path: "/ready", expected: everyone),
        EndpointCase(method: .get, path: "/openapi.json", expected: everyone),
    ]
}
