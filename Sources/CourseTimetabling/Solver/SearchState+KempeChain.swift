/// The Kempe chain move of two periods: a lecture goes to the other period, and every lecture there that
/// shares a curriculum or lecturer with it comes back, and so on until the two groups exchange without a
/// clash of their own. One lecture alone often cannot move without a clash; its group can, which lets the
/// search reshape a curriculum's day (the isolated lectures) at low temperature (Lü and Hao, 2010).
///
/// A chain is made in three steps: ``kempeChain(from:to:chain:rooms:)`` finds it, ``moveChainCounters(_:rooms:from:periods:)``
/// moves it on the counters and gives its cost, then ``undoChain(_:from:periods:)`` or
/// ``commitChain(_:from:periods:change:)`` settles it. Between the last two the counters and the room
/// table disagree.
extension SearchState {
    /// Fills `chain` with the lectures of the chain from `first` to `period` and `rooms` with where each goes.
    /// False when a lecture of the chain cannot change period, or the rooms of a period cannot take the
    /// lectures arriving there.
    func kempeChain(from first: Int, to period: Int, chain: inout [Int32], rooms: inout [Int32]) -> Bool {
        if periodFixed[first] { return false }
        let periods = (Int(lecturePeriod[first]), period)
        if chainStamp == Int32.max {
            chainMark.update(repeating: 0, count: lectureCount)
            chainStamp = 0
        }
        chainStamp += 1
        chain.removeAll(keepingCapacity: true)
        chain.append(Int32(first))
        chainMark[first] = chainStamp
        var next = 0
        while next < chain.count {
            let lecture = Int(chain[next])
            next += 1
            let conflicts = courseConflict + Int(lectureCourse[lecture]) * courseCount
            let row = roomLecture + otherPeriod(of: lecture, periods) * roomCount
            for room in 0..<roomCount {
                let candidate = row[room]
                if candidate < 0 || !conflicts[Int(lectureCourse[Int(candidate)])]
                    || chainMark[Int(candidate)] == chainStamp
                {
                    continue
                }
                if periodFixed[Int(candidate)] { return false }
                chain.append(candidate)
                chainMark[Int(candidate)] = chainStamp
            }
        }
        // Own rooms first: the lectures arriving in a period all come from one other period, so their own rooms
        // never collide, and keeping them costs no room stability; a lecture that must take another room then
        // cannot take one that a later lecture of the chain could have kept.
        rooms.removeAll(keepingCapacity: true)
        for lecture in chain {
            let own = lectureRoom[Int(lecture)]
            let to = otherPeriod(of: Int(lecture), periods)
            rooms.append(isFreeForChain(period: to, room: Int(own), chain: chain, assigned: rooms) ? own : -1)
        }
        for index in chain.indices where rooms[index] < 0 {
            let lecture = Int(chain[index])
            if roomFixed[lecture] { return false }
            guard let room = cheapestRoom(for: lecture, in: otherPeriod(of: lecture, periods), chain, rooms) else {
                return false
            }
            rooms[index] = Int32(room)
        }
        return true
    }

    /// The period of the two a chain lecture is not in.
    @inline(__always)
    func otherPeriod(of lecture: Int, _ periods: (Int, Int)) -> Int {
        Int(lecturePeriod[lecture]) == periods.0 ? periods.1 : periods.0
    }

    /// The free room of `period` where the lecture's course pays least for capacity and room stability.
    private func cheapestRoom(for lecture: Int, in period: Int, _ chain: [Int32], _ assigned: [Int32]) -> Int? {
        let course = Int(lectureCourse[lecture])
        var best: Int?
        var bestCost = Int32.max
        for room in 0..<roomCount {
            var cost = roomCost[course * roomCount + room]
            if courseRoomLoad[course * roomCount + room] == 0 { cost += Int32(stabilityWeight) }
            if cost < bestCost && isFreeForChain(period: period, room: room, chain: chain, assigned: assigned) {
                best = room
                bestCost = cost
            }
        }
        return best
    }

    /// Whether a room of a period is empty once the chain has left it and no lecture of the chain arriving
    /// there has been given it. `assigned` holds the rooms given so far in the chain's order: a prefix of the
    /// chain while own rooms are kept, then every lecture with -1 for those still without a room.
    @inline(__always)
    private func isFreeForChain(period: Int, room: Int, chain: [Int32], assigned: [Int32]) -> Bool {
        let occupant = roomLecture[period * roomCount + room]
        if occupant >= 0 && chainMark[Int(occupant)] != chainStamp { return false }
        for (index, taken) in assigned.enumerated()
        where taken == Int32(room) && lecturePeriod[Int(chain[index])] != Int32(period) {
            return false
        }
        return true
    }

    /// Moves the chain's lectures between `periods` on the counters, not the room table, and returns the
    /// change of (hard, soft), each relocation priced on the counters as the ones before it left them.
    /// `from` receives each lecture's room before the move.
    func moveChainCounters(
        _ chain: [Int32], rooms: [Int32], from: inout [Int32], periods: (Int, Int)
    ) -> (hard: Int, soft: Int) {
        from.removeAll(keepingCapacity: true)
        var hard = 0
        var soft = 0
        for (index, lecture) in chain.enumerated() {
            let to = otherPeriod(of: Int(lecture), periods)
            from.append(lectureRoom[Int(lecture)])
            let change = relocationDelta(lecture: Int(lecture), period: to, room: Int(rooms[index]))
            hard += change.hard
            soft += change.soft
            moveCounters(lecture: Int(lecture), period: to, room: Int(rooms[index]))
        }
        return (hard, soft)
    }

    /// Puts the counters back as they were before ``moveChainCounters(_:rooms:from:periods:)``.
    func undoChain(_ chain: [Int32], from: [Int32], periods: (Int, Int)) {
        for index in chain.indices.reversed() {
            let lecture = Int(chain[index])
            moveCounters(lecture: lecture, period: otherPeriod(of: lecture, periods), room: Int(from[index]))
        }
    }

    /// Writes the moved chain into the room table and its change into the totals. Every place left is cleared
    /// before any is taken: one lecture may take the room another leaves in the other period.
    func commitChain(_ chain: [Int32], from: [Int32], periods: (Int, Int), change: (hard: Int, soft: Int)) {
        for (index, lecture) in chain.enumerated() {
            roomLecture[otherPeriod(of: Int(lecture), periods) * roomCount + Int(from[index])] = -1
        }
        for lecture in chain {
            roomLecture[Int(lecturePeriod[Int(lecture)]) * roomCount + Int(lectureRoom[Int(lecture)])] = lecture
        }
        hard += change.hard
        soft += change.soft
    }
}
