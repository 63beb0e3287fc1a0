/// Why a delegate does not complete a class under its program's rule, in words staff can act on:
/// "attended 6 of 10 held sessions, needs 8; missing required module B03".
public struct CompletionShortfall: Hashable, Sendable, CustomStringConvertible {
    public var heldSessions: Int
    public var attendedSessions: Int
    public var neededSessions: Int
    /// Required modules of the class never attended; empty when the rule does not ask for them.
    public var missingRequiredModules: [String]

    public init(heldSessions: Int, attendedSessions: Int, rule: CompletionRule, missingRequiredModules: [String]) {
        self.heldSessions = heldSessions
        self.attendedSessions = attendedSessions
        self.neededSessions = rule.sessionsNeeded(ofHeld: heldSessions)
        self.missingRequiredModules = rule.requiresAllRequiredModules ? missingRequiredModules : []
    }

    /// Each rule that is not met, or none when the delegate completes.
    public var reasons: [Message] {
        var reasons: [Message] = []
        if heldSessions == 0 {
            reasons.append("none of their sessions has been held (closed) yet")
        } else if attendedSessions < neededSessions {
            reasons.append("attended \(attendedSessions) of \(heldSessions) held sessions, needs \(neededSessions)")
        }
        if !missingRequiredModules.isEmpty {
            let modules = missingRequiredModules.joined(separator: ", ")
            reasons.append(
                missingRequiredModules.count == 1
                    ? "missing required module \(modules)" : "missing required modules \(modules)")
        }
        return reasons
    }

    public var completes: Bool { reasons.isEmpty }

    public var description: String { wording.description }

    public var wording: Message { Message.joined(reasons, separator: "; ") }
}
