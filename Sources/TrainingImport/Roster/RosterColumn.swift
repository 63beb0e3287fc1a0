import TrainingModel

/// A column of the delegate roster: one field of a delegate's record.
typealias RosterColumn = DelegateField
