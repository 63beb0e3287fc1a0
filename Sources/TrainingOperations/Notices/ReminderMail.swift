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
    /// The reminder as an e-mail in Vietnamese, times in the venue's zone; nil for a delegate without an address.
    public func mail(from sender: MailSender, at now: Date) -> MailMessage? {
        guard let email else { return nil }
        let zone = TimeZone(identifier: reminder.timeZone) ?? TimeZone(identifier: "Asia/Ho_Chi_Minh")!
        let day = Self.format("dd/MM/yyyy", reminder.startsAt, in: zone)
        let hours =
            "\(Self.format("HH:mm", reminder.startsAt, in: zone))–\(Self.format("HH:mm", reminder.endsAt, in: zone))"
        let place =
            reminder.online
            ? "trực tuyến"
            : [reminder.roomName, reminder.venueName].compactMap { $0 }.joined(separator: ", ")
        let body = """
            Kính gửi đại biểu \(delegateName),

            Trung tâm xin nhắc lịch học của đại biểu tại lớp \(reminder.classCode) (nhóm \(reminder.cohortCode)):

              Chuyên đề: \(reminder.moduleCode) – \(reminder.moduleTitle)
              Thời gian: \(hours) ngày \(day)
              Địa điểm: \(place.isEmpty ? "chưa xếp phòng" : place)

            Trân trọng.
            \(sender.name)
            """
        let domain = sender.address.split(separator: "@").last.map(String.init) ?? "ttbd"
        return MailMessage(
            fromAddress: sender.address, fromName: sender.name, toAddress: email, toName: delegateName,
            subject: "Nhắc lịch học: \(reminder.moduleTitle) ngày \(day)", body: body,
            messageID: "ttbd-notice-\(id)@\(domain)", date: now)
    }

    private static func format(_ pattern: String, _ date: Date, in zone: TimeZone) -> String {
        let format = DateFormatter()
        format.locale = Locale(identifier: "en_US_POSIX")
        format.timeZone = zone
        format.dateFormat = pattern
        return format.string(from: date)
    }
}
