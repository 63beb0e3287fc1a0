import Foundation
import HTTPTypes
import Hummingbird
import Testing
import TrainingModel

@testable import TrainingService
@testable import TrainingStore

/// The timetable's hand-written JSON against Foundation's encoder: the same bytes, for sessions whose text
/// holds everything JSON escapes, Vietnamese and emoji, missing rooms and names, instants before 1970 and
/// with fractions of a second, and pages with and without a next cursor.
@Suite("a timetable page written by hand")
struct TimetablePageBodyTests {
    @Test("the same bytes as JSONEncoder for 200 random pages", arguments: [UInt64(1), 2026])
    func sameBytes(seed: UInt64) throws {
        var random = RandomGenerator(seed: seed)
        for _ in 0..<100 {
            let sessions = (0..<Int.random(in: 0...6, using: &random)).map { _ in Self.session(using: &random) }
            let limit = Int.random(in: 1...7, using: &random)
            let request = Request(
                head: HTTPRequest(
                    method: .get, scheme: "http", authority: "ttbd", path: "/v1/me/schedule?limit=\(limit)"),
                body: .init(buffer: ByteBuffer()))
            let page = try Page(of: sessions, for: request)
            let expected = try JSONEncoder.sorted.encode(page)
            let written = Data(TimetablePageBody(page: page).bytes.readableBytesView)
            #expect(
                written == expected,
                "\(String(decoding: written, as: UTF8.self)) != \(String(decoding: expected, as: UTF8.self))")
        }
    }

    @Test("the response is JSON with the page's items, as the client reads them back")
    func readsBack() throws {
        var random = RandomGenerator(seed: 7)
        let sessions = (0..<3).map { _ in Self.session(using: &random) }
        let request = Request(
            head: HTTPRequest(method: .get, scheme: "http", authority: "ttbd", path: "/v1/me/schedule"),
            body: .init(buffer: ByteBuffer()))
        let response = TimetablePageBody(page: try Page(of: sessions, for: request)).response()
        #expect(response.headers[.contentType] == "application/json; charset=utf-8")
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        struct Items: Decodable { let items: [ScheduledSession] }
        let read = try decoder.decode(
            Items.self, from: TimetablePageBody(page: try Page(of: sessions, for: request)).bytes)
        let wholeSeconds = sessions.map { session in
            var session = session
            session.startsAt = Date(timeIntervalSince1970: session.startsAt.timeIntervalSince1970.rounded(.down))
            session.endsAt = Date(timeIntervalSince1970: session.endsAt.timeIntervalSince1970.rounded(.down))
            return session
        }
        #expect(read.items == wholeSeconds)
    }

    private static func text(using random: inout RandomGenerator) -> String {
        JSONEscapingText.random(using: &random)
    }

    private static func session(using random: inout RandomGenerator) -> ScheduledSession {
        let start = Date(timeIntervalSince1970: Double.random(in: -100_000_000...3_000_000_000, using: &random))
        return ScheduledSession(
            session: SessionRecord(
                id: Int.random(in: 1...Int(Int32.max), using: &random), classCode: text(using: &random),
                cohortCode: text(using: &random), moduleCode: text(using: &random), date: "2026-05-04",
                halfDay: Bool.random(using: &random) ? .morning : .afternoon, start: "07:30", end: "11:30",
                room: Bool.random(using: &random) ? text(using: &random) : nil,
                lecturers: (0..<Int.random(in: 0...3, using: &random)).map { _ in text(using: &random) },
                status: SessionStatus.allCases.randomElement(using: &random)!,
                revision: Int.random(in: 0...9, using: &random), pinned: Bool.random(using: &random)),
            moduleTitle: text(using: &random), startsAt: start, endsAt: start + 14_400.5,
            roomName: Bool.random(using: &random) ? text(using: &random) : nil,
            venueName: Bool.random(using: &random) ? text(using: &random) : nil,
            lecturerNames: (0..<Int.random(in: 0...3, using: &random)).map { _ in text(using: &random) })
    }
}
