public import Foundation
public import TrainingModel

/// Who notices come from: the address a server accepts mail from, and the center's name for people.
public struct MailSender: Sendable {
    public var address: String
    public var name: String

    public init(address: String, name: String = "Trung tâm bồi dưỡng đại biểu dân cử") {
        self.address = address
        self.name = name
    }
}

extension PendingNotice {
    /// The notice as an e-mail in Vietnamese, times in the venue's zone; nil for a delegate without an address.
    public func mail(from sender: MailSender, at now: Date) -> MailMessage? {
        guard let email else { return nil }
        let zone = TimeZone(identifier: reminder.timeZone) ?? TimeZone(identifier: "Asia/Ho_Chi_Minh")!
        let when = Self.when(reminder.startsAt, reminder.endsAt, in: zone)
        let day = Self.format("dd/MM/yyyy", reminder.startsAt, in: zone)
        let place =
            reminder.online
            ? "trực tuyến"
            : [reminder.roomName, reminder.venueName].compactMap { $0 }.joined(separator: ", ")
        let session = """
              Chuyên đề: \(reminder.moduleCode) – \(reminder.moduleTitle)
              Thời gian: \(when)
              Địa điểm: \(place.isEmpty ? "chưa xếp phòng" : place)
            """
        let (subject, news): (String, String)
        switch kind {
        case "session_cancelled":
            subject = "Hủy buổi học: \(reminder.moduleTitle) ngày \(day)"
            news = """
                Trung tâm xin báo buổi học sau của lớp \(reminder.classCode) (nhóm \(reminder.cohortCode)) đã bị hủy; \
                lịch học bù sẽ được báo sau:

                \(session)
                """
        case "session_changed":
            let before = reminder.previousStartsAt.map { start in
                Self.when(start, reminder.previousEndsAt ?? start, in: zone)
                    + (reminder.previousRoomName.map { ", \($0)" } ?? "")
            }
            subject = "Thay đổi lịch học: \(reminder.moduleTitle), nay vào ngày \(day)"
            news = """
                Trung tâm xin báo buổi học sau của lớp \(reminder.classCode) (nhóm \(reminder.cohortCode)) đã đổi lịch\
                \(before.map { " (trước đây: \($0))" } ?? ""):

                \(session)
                """
        default:
            subject = "Nhắc lịch học: \(reminder.moduleTitle) ngày \(day)"
            news = """
                Trung tâm xin nhắc lịch học của đại biểu tại lớp \(reminder.classCode) (nhóm \(reminder.cohortCode)):

                \(session)
                """
        }
        let domain = sender.address.split(separator: "@").last.map(String.init) ?? "ttbd"
        return MailMessage(
            fromAddress: sender.address, fromName: sender.name, toAddress: email, toName: delegateName,
            subject: subject, body: "Kính gửi đại biểu \(delegateName),\n\n\(news)\n\nTrân trọng.\n\(sender.name)",
            messageID: "ttbd-notice-\(id)@\(domain)", date: now)
    }

    /// "07:30–11:30 ngày 01/03/2027".
    private static func when(_ start: Date, _ end: Date, in zone: TimeZone) -> String {
        "\(format("HH:mm", start, in: zone))–\(format("HH:mm", end, in: zone)) ngày \(format("dd/MM/yyyy", start, in: zone))"
    }

    private static func format(_ pattern: String, _ date: Date, in zone: TimeZone) -> String {
        let format = DateFormatter()
        format.locale = Locale(identifier: "en_US_POSIX")
        format.timeZone = zone
        format.dateFormat = pattern
        return format.string(from: date)
    }
}
