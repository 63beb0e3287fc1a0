extension DelegateRecord {
    /// What a lecturer sees of a delegate they teach: who they are and where they sit, not the identifiers and
    /// contacts (ID number, birth date, gender, phone, e-mail) that only the training center's staff hold.
    public var teachersView: DelegateRecord {
        var record = self
        record.delegate.nationalID = nil
        record.delegate.birthDate = nil
        record.delegate.gender = nil
        record.delegate.phone = nil
        record.delegate.email = nil
        return record
    }
}
