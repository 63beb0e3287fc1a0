import ArgumentParser

extension TTBD {
    /// `ttbd outbox …`: the notices waiting to reach delegates, and their delivery.
    struct Outbox: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "outbox",
            abstract: "Deliver, list and retry the notices to delegates.",
            discussion: """
                Notices (reminders the day before a session) go out as e-mail through the SMTP server of \
                TTBD_SMTP_URL (smtp://[user[:password]@]host[:port], STARTTLS; smtps:// for TLS from the start; \
                ?starttls=off only for a server on this machine), from the address TTBD_SMTP_FROM, with msmtp. \
                `ttbd serve` delivers them as they fall due when TTBD_SMTP_URL is set; `ttbd outbox deliver` does \
                it once, e.g. from cron. Any number of deliverers send each notice once.
                """,
            subcommands: [Deliver.self, List.self, Retry.self]
        )
    }
}
