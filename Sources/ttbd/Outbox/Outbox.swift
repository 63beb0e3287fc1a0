import ArgumentParser

extension TTBD {
    /// `ttbd outbox …`: the notices waiting to reach delegates, and their delivery.
    struct Outbox: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "outbox",
            abstract: inLanguage(
                en: "Deliver, list and retry the notices to delegates.",
                vi: "Gửi, liệt kê và gửi lại các thông báo cho đại biểu."),
            discussion: inLanguage(
                en: """
                    Notices (reminders the day before a session, sessions moved or cancelled, enrollments and \
                    withdrawals, certificates issued, survey rounds opened and about to close) reach each delegate by e-mail or through the center's webhook, \
                    as `ttbd delegates notify` chose: by default e-mail when they have an address, otherwise the \
                    webhook when they have a phone number. E-mail goes through the SMTP server of TTBD_SMTP_URL \
                    (smtp://[user[:password]@]host[:port], STARTTLS; smtps:// for TLS from the start; ?starttls=off \
                    only for a server on this machine), from the address TTBD_SMTP_FROM, with msmtp. The webhook gets \
                    each notice as JSON posted to TTBD_WEBHOOK_URL (https, or http to this machine), signed with \
                    HMAC-SHA256 keyed with TTBD_WEBHOOK_SECRET (docs/WEBHOOK.md), and hands it to the center's SMS \
                    gateway or Zalo account. `ttbd serve` delivers them as they fall due when TTBD_SMTP_URL or \
                    TTBD_WEBHOOK_URL is set; `ttbd outbox deliver` does it once, e.g. from cron. Any number of \
                    deliverers send each notice once. Survey notices link to TTBD_PUBLIC_URL/v1/me/surveys/CODE when \
                    TTBD_PUBLIC_URL is set.
                    """,
                vi: """
                    Thông báo (lời nhắc lịch vào ngày trước buổi học, buổi học bị dời hoặc hủy, ghi danh và rút tên, \
                    giấy chứng nhận được cấp, phiếu khảo sát mở và sắp đóng) được gửi đến từng đại biểu bằng thư điện tử hoặc qua webhook của Trung \
                    tâm, theo lựa chọn trong `ttbd delegates notify`: mặc định gửi thư điện tử nếu đại biểu có địa chỉ \
                    thư, nếu không thì gửi qua webhook nếu đại biểu có số điện thoại. Thư điện tử được gửi qua máy chủ \
                    SMTP ghi trong TTBD_SMTP_URL (smtp://[user[:password]@]host[:port], dùng STARTTLS; smtps:// để \
                    dùng TLS ngay từ đầu; ?starttls=off chỉ dành cho máy chủ trên chính máy này), từ địa chỉ \
                    TTBD_SMTP_FROM, bằng msmtp. Webhook nhận mỗi thông báo dưới dạng JSON gửi đến TTBD_WEBHOOK_URL \
                    (https, hoặc http tới chính máy này), có chữ ký HMAC-SHA256 tạo bằng khóa TTBD_WEBHOOK_SECRET \
                    (docs/WEBHOOK.md), rồi chuyển tiếp đến cổng SMS hoặc tài khoản Zalo của Trung tâm. Khi \
                    TTBD_SMTP_URL hoặc TTBD_WEBHOOK_URL được đặt, `ttbd serve` gửi thông báo ngay khi đến hạn; `ttbd \
                    outbox deliver` gửi một lượt, ví dụ khi chạy từ cron. Dù có bao nhiêu tiến trình cùng gửi, mỗi \
                    thông báo chỉ được gửi một lần. Thông báo phiếu khảo sát có đường dẫn \
                    TTBD_PUBLIC_URL/v1/me/surveys/MÃ khi TTBD_PUBLIC_URL được đặt.
                    """),
            subcommands: [Deliver.self, List.self, Retry.self]
        )
    }
}
