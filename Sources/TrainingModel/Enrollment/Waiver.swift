public import Foundation

/// A rule of a program set aside for one delegate: by whom, when and why.
public struct Waiver: Hashable, Sendable, Codable {
    public var delegateCode: String
    public var fullName: String
    public var program: String
    public var rule: WaivedRule
    public var reason: String
    public var grantedBy: String
    public var grantedAt: Date

    public init(
        delegateCode: String, fullName: String, program: String, rule: WaivedRule, reason: String, grantedBy: String,
        grantedAt: Date
    ) {
        self.delegateCode = delegateCode
        self.fullName = fullName
        self.program = program
        self.rule = rule
        self.reason = reason
        self.grantedBy = grantedBy
        self.grantedAt = grantedAt
    }
}
