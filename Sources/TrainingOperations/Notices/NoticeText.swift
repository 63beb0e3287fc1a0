import Foundation
public import TrainingModel

/// What a notice says, in Vietnamese: a subject line and a plain-text body, the same for every channel.
public struct NoticeText: Sendable, Equatable, Codable {
    public var subject: String
    public var body: String

    public init(subject: String, body: String) {
        self.subject = subject
        self.body = body
    }
}

extension PendingNotice {
    /// The notice in Vietnamese, signed by `center`; times in the venue's zone, days as dd/MM/yyyy; links to the
    /// service at `publicURL` when it is known.
    public func text(center: String, publicURL: String? = nil) -> NoticeText {
        let (subject, news) =
            switch about {
            case .session(let session): Self.news(of: kind, session)
            case .place(let place): Self.news(of: kind, place)
            case .survey(let round): Self.news(of: kind, round, publicURL: publicURL)
            }
        return NoticeText(
            subject: subject, body: "Kính gửi đại biểu \(recipient.name),\n\n\(news)\n\nTrân trọng.\n\(center)")
    }

    private static func news(of kind: NoticeKind, _ session: SessionReminder) -> (String, String) {
        let zone = TimeZone(identifier: session.timeZone) ?? TimeZone(identifier: "Asia/Ho_Chi_Minh")!
        let day = format("dd/MM/yyyy", session.startsAt, in: zone)
        let place =
            session.online
            ? "trực tuyến" : [session.roomName, session.venueName].compactMap { $0 }.joined(separator: ", ")
        let details = """
              Chuyên đề: \(session.moduleCode) – \(session.moduleTitle)
              Thời gian: \(when(session.startsAt, session.endsAt, in: zone))
              Địa điểm: \(place.isEmpty ? "chưa xếp phòng" : place)
            """
        let lesson = "buổi học sau của lớp \(session.classCode) (nhóm \(session.cohortCode))"
        switch kind {
        case .sessionCancelled:
            return (
                "Hủy buổi học: \(session.moduleTitle) ngày \(day)",
                "Trung tâm xin báo \(lesson) đã bị hủy; lịch học bù sẽ được báo sau:\n\n\(details)"
            )
        case .sessionChanged:
            let before = session.previousStartsAt.map { start in
                when(start, session.previousEndsAt ?? start, in: zone)
                    + (session.previousRoomName.map { ", \($0)" } ?? "")
            }
            return (
                "Thay đổi lịch học: \(session.moduleTitle), nay vào ngày \(day)",
                "Trung tâm xin báo \(lesson) đã đổi lịch\(before.map { " (trước đây: \($0))" } ?? ""):\n\n\(details)"
            )
        default:
            return (
                "Nhắc lịch học: \(session.moduleTitle) ngày \(day)",
                "Trung tâm xin nhắc lịch học của đại biểu tại lớp \(session.classCode) (nhóm \(session.cohortCode)):\n\n\(details)"
            )
        }
    }

    private static func news(of kind: NoticeKind, _ place: ClassNews) -> (String, String) {
        let named = "lớp \(place.classCode) – \(place.curriculumTitle)"
        let cohort = place.cohortCode.map { ", nhóm \($0)" } ?? ""
        let location = place.online ? "trực tuyến" : place.venueName.map { "tại \($0)" } ?? "(địa điểm sẽ báo sau)"
        let dates = "từ ngày \(day(place.startsOn)) đến ngày \(day(place.endsOn)) \(location)"
        switch kind {
        case .waitlisted:
            let rank = place.waitlistPlace.map { " ở vị trí thứ \($0)" } ?? ""
            return (
                "Danh sách chờ \(named)",
                "\(named.capitalizedFirst) (\(dates)) hiện đã đủ chỗ; đại biểu được ghi vào danh sách chờ\(rank). "
                    + "Trung tâm sẽ báo ngay khi có chỗ."
            )
        case .promoted:
            return (
                "Đã có chỗ tại \(named)",
                "Đã có chỗ trống tại \(named); đại biểu được chuyển từ danh sách chờ vào lớp\(cohort), học \(dates). "
                    + "Lịch từng buổi sẽ được nhắc trước một ngày."
            )
        case .withdrawn where place.classCancelled:
            let reason = place.cancellationReason.map { " (lý do: \($0))" } ?? ""
            return (
                "Hủy \(named)",
                "Trung tâm xin báo \(named), dự kiến học \(dates), đã bị hủy\(reason); đại biểu không còn tên trong "
                    + "lớp. Trung tâm sẽ báo khi có lớp thay thế."
            )
        case .withdrawn:
            return (
                "Rút tên khỏi \(named)",
                "Trung tâm xin xác nhận đại biểu đã được rút tên khỏi \(named) (\(dates))."
            )
        case .certificateIssued:
            let number = place.certificateNumber.map { " số \($0)" } ?? ""
            return (
                "Cấp giấy chứng nhận: \(place.curriculumTitle)",
                "Trung tâm xin báo đại biểu đã hoàn thành \(named) và được cấp giấy chứng nhận\(number). "
                    + "Giấy chứng nhận có thể tra cứu bằng số này."
            )
        default:
            return (
                "Xác nhận ghi danh \(named)",
                "Trung tâm xin xác nhận đại biểu đã được ghi danh vào \(named)\(cohort), học \(dates). "
                    + "Lịch từng buổi sẽ được nhắc trước một ngày."
            )
        }
    }

    /// "07:30–11:30 ngày 01/03/2027".
    private static func when(_ start: Date, _ end: Date, in zone: TimeZone) -> String {
        "\(format("HH:mm", start, in: zone))–\(format("HH:mm", end, in: zone)) ngày \(format("dd/MM/yyyy", start, in: zone))"
    }

    /// "01/03/2027".
    static func day(_ date: CalendarDate) -> String {
        String(format: "%02d/%02d/%04d", date.day, date.month, date.year)
    }

    private static func format(_ pattern: String, _ date: Date, in zone: TimeZone) -> String {
        let format = DateFormatter()
        format.locale = Locale(identifier: "en_US_POSIX")
        format.timeZone = zone
        format.dateFormat = pattern
        return format.string(from: date)
    }
}

extension String {
    /// "lớp …" → "Lớp …", for a phrase that begins a sentence.
    fileprivate var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
