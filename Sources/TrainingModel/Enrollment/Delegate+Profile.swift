extension Delegate {
    /// What a person reads about who this delegate is, saying the facts `audience` asks about: "a commune
    /// council delegate, not first-time".
    public func profile(against audience: Audience) -> Message {
        let bodyWords: Message =
            switch self.body {
            case .nationalAssembly: "a National Assembly deputy"
            case .provinceCouncil: "a province council delegate"
            case .communeCouncil: "a commune council delegate"
            }
        let asked = Set(audience.groups.flatMap(\.conditions))
        var facts: [Message] = [bodyWords]
        if asked.contains(.firstTime) { facts.append(firstTime ? "first-time" : "not first-time") }
        if asked.contains(.fullTime) { facts.append(fullTime ? "full-time" : "not full-time") }
        return Message.joined(facts, separator: ", ")
    }
}
