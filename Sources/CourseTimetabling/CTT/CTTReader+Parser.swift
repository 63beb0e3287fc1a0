import TrainingModel

extension CTTReader {
    /// Walks the lines of one file, section by section, collecting diagnostics.
    struct Parser {
        let file: String
        let lines: [Line]
        var position = 0
        var diagnostics: [Diagnostic] = []

        init(file: String, lines: [Line]) {
            self.file = file
            self.lines = lines
        }

        mutating func parse() throws(Abort) -> Problem {
            let name = String(try header("Name").text)
            let courseCount = try count(header("Courses"))
            let roomCount = try count(header("Rooms"))
            let days = try count(header("Days"), atLeast: 1)
            let periodsPerDay = try count(header("Periods_per_day"), atLeast: 1)
            let curriculumCount = try count(header("Curricula"))
            let constraintCount = try count(header("Constraints"))

            try section("COURSES:")
            var courses: [Course] = []
            var courseIndex: [Substring: Int] = [:]
            var lecturers: [Lecturer] = []
            var lecturerIndex: [Substring: Int] = [:]
            for line in try entries(
                courseCount, "course", fields: "<course> <teacher> <lectures> <min days> <students>")
            {
                guard let fields = expectFields(line, 5, "<course> <teacher> <lectures> <min days> <students>") else {
                    continue
                }
                if courseIndex[fields[0].text] != nil {
                    report(line, fields[0], "course `\(fields[0].text)` is declared twice; expected unique names")
                }
                let lecturer: Int
                if let known = lecturerIndex[fields[1].text] {
                    lecturer = known
                } else {
                    lecturer = lecturers.count
                    lecturerIndex[fields[1].text] = lecturer
                    lecturers.append(Lecturer(name: String(fields[1].text)))
                }
                courseIndex[fields[0].text] = courses.count
                courses.append(
                    Course(
                        name: String(fields[0].text),
                        lecturers: [lecturer],
                        lectureCount: integer(line, fields[2], "a number of lectures", atLeast: 0) ?? 0,
                        minimumWorkingDays: integer(line, fields[3], "a minimum number of working days", atLeast: 0)
                            ?? 0,
                        students: integer(line, fields[4], "a number of students", atLeast: 0) ?? 0
                    ))
            }

            try section("ROOMS:")
            var rooms: [Room] = []
            for line in try entries(roomCount, "room", fields: "<room> <capacity>") {
                guard let fields = expectFields(line, 2, "<room> <capacity>") else { continue }
                rooms.append(
                    Room(
                        name: String(fields[0].text),
                        capacity: integer(line, fields[1], "a capacity", atLeast: 0) ?? 0))
            }

            try section("CURRICULA:")
            var curricula: [Curriculum] = []
            for line in try entries(curriculumCount, "curriculum", fields: "<curriculum> <count> <course>…") {
                let tokens = line.tokens
                guard tokens.count >= 2, let declared = integer(line, tokens[1], "a number of courses", atLeast: 0)
                else {
                    if tokens.count < 2 {
                        report(line, tokens[0], "expected `<curriculum> <count> <course>…`")
                    }
                    continue
                }
                let listed = tokens.dropFirst(2)
                if listed.count != declared {
                    report(
                        line, tokens[1],
                        "curriculum `\(tokens[0].text)` declares \(declared) courses but lists \(listed.count)")
                }
                var members: [Int] = []
                for token in listed {
                    if let course = courseIndex[token.text] {
                        members.append(course)
                    } else {
                        report(line, token, "unknown course `\(token.text)`; expected one declared under COURSES:")
                    }
                }
                curricula.append(Curriculum(name: String(tokens[0].text), courses: members))
            }

            try section("UNAVAILABILITY_CONSTRAINTS:")
            for line in try entries(constraintCount, "unavailability constraint", fields: "<course> <day> <period>") {
                guard let fields = expectFields(line, 3, "<course> <day> <period>") else { continue }
                let course = courseIndex[fields[0].text]
                if course == nil {
                    report(line, fields[0], "unknown course `\(fields[0].text)`; expected one declared under COURSES:")
                }
                let day = integer(line, fields[1], "a day from 0 to \(days - 1)", atLeast: 0, below: days)
                let slot = integer(
                    line, fields[2], "a period from 0 to \(periodsPerDay - 1)", atLeast: 0, below: periodsPerDay)
                if let course, let day, let slot {
                    courses[course].unavailablePeriods.append(day * periodsPerDay + slot)
                }
            }
            if position < lines.count {
                let line = lines[position]
                if line.tokens[0].text != "END." || line.tokens.count > 1 {
                    report(line, line.tokens[0], "expected `END.` after the unavailability constraints")
                }
            } else {
                diagnostics.append(
                    Diagnostic(
                        at: SourceLocation(file: file, line: (lines.last?.number ?? 0) + 1, column: 1),
                        "the file ends without `END.`; expected `END.` after the unavailability constraints"))
            }
            return Problem(
                name: name, days: days, periodsPerDay: periodsPerDay, rooms: rooms, lecturers: lecturers,
                courses: courses, curricula: curricula)
        }

        // MARK: - Pieces

        mutating func report(_ line: Line, _ token: Token, _ message: Message) {
            diagnostics.append(
                Diagnostic(at: SourceLocation(file: file, line: line.number, column: token.column), message))
        }

        mutating func reportAtEnd(_ message: Message) {
            diagnostics.append(
                Diagnostic(at: SourceLocation(file: file, line: (lines.last?.number ?? 0) + 1, column: 1), message))
        }

        /// `Key: value`, the value as a token.
        mutating func header(_ key: String) throws(Abort) -> (text: Substring, line: Line, token: Token) {
            guard position < lines.count else {
                reportAtEnd("the file ends early; expected `\(key): <value>`")
                throw Abort()
            }
            let line = lines[position]
            guard line.tokens[0].text == "\(key):", line.tokens.count >= 2 else {
                report(line, line.tokens[0], "expected `\(key): <value>`, found `\(line.tokens[0].text)`")
                throw Abort()
            }
            position += 1
            let value = line.tokens[1...].map(\.text).joined(separator: " ")
            return (Substring(value), line, line.tokens[1])
        }

        mutating func count(
            _ header: (text: Substring, line: Line, token: Token), atLeast minimum: Int = 0
        ) throws(Abort) -> Int {
            guard let value = integer(header.line, header.token, "a whole number", atLeast: minimum) else {
                throw Abort()
            }
            return value
        }

        mutating func section(_ title: String) throws(Abort) {
            guard position < lines.count else {
                reportAtEnd("the file ends early; expected `\(title)`")
                throw Abort()
            }
            let line = lines[position]
            guard line.tokens[0].text == title else {
                report(line, line.tokens[0], "expected `\(title)`, found `\(line.tokens[0].text)`")
                throw Abort()
            }
            position += 1
        }

        /// The next `count` lines, stopping early (with a diagnostic) at a section title or the end.
        mutating func entries(_ count: Int, _ what: Message, fields: String) throws(Abort) -> [Line] {
            var result: [Line] = []
            while result.count < count {
                guard position < lines.count else {
                    reportAtEnd(
                        "the file ends after \(number: result.count) of \(number: count) \(what) lines; expected `\(fields)`"
                    )
                    throw Abort()
                }
                let line = lines[position]
                let first = line.tokens[0].text
                if first.hasSuffix(":") && first.uppercased() == first || first == "END." {
                    report(
                        line, line.tokens[0],
                        "found `\(first)` after \(number: result.count) of the \(number: count) \(what) lines the header declares; "
                            + "expected `\(fields)`"
                    )
                    throw Abort()
                }
                result.append(line)
                position += 1
            }
            return result
        }

        mutating func expectFields(_ line: Line, _ count: Int, _ fields: String) -> [Token]? {
            guard line.tokens.count == count else {
                let token = line.tokens.count > count ? line.tokens[count] : line.tokens[line.tokens.count - 1]
                report(line, token, "expected \(count) fields `\(fields)`, found \(line.tokens.count)")
                return nil
            }
            return line.tokens
        }

        mutating func integer(
            _ line: Line, _ token: Token, _ expected: Message, atLeast minimum: Int, below limit: Int? = nil
        ) -> Int? {
            guard let value = Int(token.text) else {
                report(line, token, "expected \(expected), found `\(token.text)`")
                return nil
            }
            if value < minimum || limit.map({ value >= $0 }) == true {
                report(line, token, "expected \(expected), found \(value)")
                return nil
            }
            return value
        }
    }
}
