public import TrainingModel

extension InductionReport {
    /// The request in a sentence, as the command line and the console head a plan and its what-if.
    public var heading: Message {
        "Induction of \(program), term \(term), \(day: startsOn) to \(day: endsOn), classes of at most "
            + "\(number: classSize):"
    }

    /// How many it placed of those it considered, and how many it left out.
    public var placedTally: Message {
        "Delegates placed: \(number: placed) of \(number: placed + leftOutCount); left out: \(number: leftOutCount)."
    }
}
