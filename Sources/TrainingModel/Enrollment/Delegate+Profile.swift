extension Delegate {
    /// What a person reads about who this delegate is, saying the facts `audience` asks about: "a commune
    /// council delegate, not first-time".
    public func profile(against audience: Audience) -> Message {
        let bodyWords: Message =
            switch (standing, body) {
            case (.delegate, .nationalAssembly): "a National Assembly deputy"
            case (.delegate, .provinceCouncil): "a province council delegate"
            case (.delegate, .communeCouncil): "a commune council delegate"
            case (.candidate, .nationalAssembly): "a candidate for the National Assembly"
            case (.candidate, .provinceCouncil): "a candidate for a province council"
            case (.candidate, .communeCouncil): "a candidate for a commune council"
            }
        // Whether a candidate is first-time or full-time says nothing: they serve nowhere yet.
        let asked = standing == .delegate ? Set(audience.groups.flatMap(\.conditions)) : []
        var facts: [Message] = [bodyWords]
        if asked.contains(.firstTime) { facts.append(firstTime ? "first-time" : "not first-time") }
        if asked.contains(.fullTime) { facts.append(fullTime ? "full-time" : "not full-time") }
        return Message.joined(facts, separator: ", ")
    }
}
