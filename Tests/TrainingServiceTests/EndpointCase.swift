import HTTPTypes
import Testing

/// Who asks in the authorization tests: each account of ``ServiceWorld``, and nobody.
enum Caller: String, CaseIterable, Sendable, CustomStringConvertible {
    case admin = "ada", staff = "sam", lecturer = "lan", delegate = "an", otherDelegate = "em", anonymous = ""

    var username: String? { self == .anonymous ? nil : rawValue }
    var description: String { self == .anonymous ? "no token" : "\(rawValue)" }
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
        .admin: 404, .staff: 404, .lecturer: 404, .delegate: 200, .otherDelegate: 200, .anonymous: 401,
    ]

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
    ]
}
