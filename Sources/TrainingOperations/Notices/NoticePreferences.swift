public import TrainingModel

extension TrainingOperations {
    /// Records how a delegate is to be told (nil: the default, e-mail when they have an address, otherwise the
    /// webhook); audited like every change to the roster.
    public func setNoticePreference(delegateCode: String, to preference: NoticePreference?) async throws
        -> NoticeRecipient
    {
        try await database.transaction(dryRun: false) {
            try await database.delegates.setNoticePreference(code: delegateCode, to: preference, in: $0)
        }
    }
}
