public import Foundation

/// How far what a delegate sees has changed: their own revision, the shared one (migration 0025), and the
/// latest instant either moved. Read with a delegate's token (``AccountStore/presented(_:purpose:now:)``); a delegate
/// nothing has changed for yet is at revision 0.
public struct DelegateRevision: Sendable, Equatable {
    public var own: Int
    public var shared: Int
    public var changedAt: Date
}
