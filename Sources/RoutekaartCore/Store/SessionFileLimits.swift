/// What a session file read from disk may hold: the engine keeps these limits when it
/// records, but a file that came by mail may carry anything. `check` refuses the first event
/// with a text over its limit, a number outside its range, a score for a weefsel indicator
/// the method does not have, or a participant's id as the row of an anonymous round,
/// naming the event and the field. Nothing read from a file is added up before its numbers
/// passed here, so no sum can overflow.
public enum SessionFileLimits {
    /// A text an event carries, with its field's name and the most characters it may have.
    public typealias LimitedText = (field: String, text: String, limit: Int)
    /// A number an event carries, with its field's name and the values it may have.
    public typealias LimitedNumber = (field: String, value: Int, range: ClosedRange<Int>)

    private typealias L = Engine.Limits

    public static func check(_ events: [RecordedEvent]) throws(SessionFileError) {
        let indicators = Set(Method.weefselIndicators.map(\.id))
        var anonymousRounds = Set<String>()
        for recorded in events {
            for (field, text, limit) in texts(of: recorded.event) where text.utf8.count > limit && text.count > limit {
                throw .tooLong(seq: recorded.seq, field: field, limit: limit)
            }
            for (field, value, range) in numbers(of: recorded.event, seq: recorded.seq) where !range.contains(value) {
                throw .outOfRange(seq: recorded.seq, field: field, value: value, range: range)
            }
            for id in indicatorIDs(of: recorded.event) where !indicators.contains(id) {
                throw .unknownIndicator(seq: recorded.seq, id: id)
            }
            // An anonymous round's rows are numbered by the engine ("r1", "r2" …), never a
            // participant. A round's id is that of its latest opening (an undone round's
            // number is given again).
            switch recorded.event {
            case let .weefselRoundOpened(id, setup):
                if setup.anonymous { anonymousRounds.insert(id) } else { anonymousRounds.remove(id) }
            case let .weefselScoreGiven(round, cell, _) where anonymousRounds.contains(round),
                 let .weefselScoreCleared(round, cell) where anonymousRounds.contains(round):
                guard Reducer.isRespondent(cell.row) else { throw .namedRowInAnonymousRound(seq: recorded.seq, row: cell.row) }
            case let .weefselRowGiven(round, row, _) where anonymousRounds.contains(round):
                guard Reducer.isRespondent(row) else { throw .namedRowInAnonymousRound(seq: recorded.seq, row: row) }
            default: break
            }
        }
    }

    /// Every number `event` (number `seq`) carries, with the values the engine records.
    public static func numbers(of event: WorkshopEvent, seq: Int) -> [LimitedNumber] {
        let wegwijzer = 1...Method.wegwijzers.count
        func point(_ p: BoardPoint) -> [LimitedNumber] { [("x", p.x, BoardPoint.range), ("y", p.y, BoardPoint.range)] }
        func dots(_ d: QuadrantDots) -> [LimitedNumber] {
            Quadrant.allCases.map { ($0.rawValue, d[$0], 0...L.dotsPerVoter.upperBound) }
        }
        switch event {
        case let .wegwijzerOpened(n), let .wegwijzerStatusChanged(n, _), let .notesEdited(n, _): return [("wegwijzer", n, wegwijzer)]
        case let .quadrantRoundOpened(_, setup): return [("dotsPerVoter", setup.dotsPerVoter, L.dotsPerVoter)]
        case let .quadrantVoteCast(_, ballot): return dots(ballot.dots)
        case let .itemAdded(item), let .itemEdited(item): return item.value.limitedNumbers.map { (item.kind.rawValue + "." + $0.field, $0.value, $0.range) }
        case let .actorMoved(_, p): return point(p)
        case let .networkLaidOut(positions): return positions.values.flatMap(point)
        case let .agendaSet(slots): return slots.flatMap { [("wegwijzer", $0.wegwijzer, wegwijzer), ("minutes", $0.minutes, L.agendaMinutes)] }
        case let .weefselScoreGiven(_, _, value): return [("value", value, L.score)]
        case let .weefselRowGiven(_, _, scores): return scores.values.map { ("score", $0, L.score) }
        case let .agendaDotsPerVoterSet(n): return [("dots", n, L.agendaDotsPerVoter)]
        case let .agendaDotsGiven(_, given): return given.values.map { ("dots", $0, 0...L.agendaDotsPerVoter.upperBound) }
        case let .changeUndone(target), let .changeRedone(target): return [("seq", target, 1...max(1, seq - 1))]
        default: return []
        }
    }

    /// Every text `event` carries, with its limit. Identifiers and round names are held to the name limit.
    public static func texts(of event: WorkshopEvent) -> [LimitedText] {
        switch event {
        case let .sessionStarted(d, scenario): details(d) + [("scenario", scenario ?? "", L.name)]
        case let .sessionDetailsEdited(d): details(d)
        case let .participantAdded(p), let .participantEdited(p):
            [("name", p.fields.name, L.name), ("organisation", p.fields.organisation, L.field), ("role", p.fields.role, L.field), ("id", p.id.rawValue, L.name)]
        case let .participantRemoved(id): [("id", id.rawValue, L.name)]
        case let .notesEdited(_, text): [("text", text, L.notes)]
        case let .quadrantRoundOpened(id, _): [("id", id, L.name)]
        case let .quadrantVoteCast(round, ballot): [("round", round, L.name), ("voter", ballot.voter?.rawValue ?? "", L.name)]
        case let .quadrantRoundRevealed(round), let .weefselRoundRevealed(round): [("round", round, L.name)]
        case let .emphasisChosen(e): [("rationale", e.rationale, L.text)]
        case let .verbindAnswered(_, answer): [("answer", answer, L.text)]
        case let .itemAdded(item), let .itemEdited(item): item.value.limitedTexts.map { (item.kind.rawValue + "." + $0.field, $0.text, $0.limit) } + [("id", item.id, L.name)]
        case let .itemRemoved(_, id), let .actorMoved(id, _): [("id", id, L.name)]
        case let .networkLaidOut(positions): positions.keys.map { ("id", $0, L.name) }
        case let .domainLinkSet(a, b, _): [("a", a, L.name), ("b", b, L.name)]
        case let .challengeStated(text): [("statement", text, L.text)]
        case let .leadershipChosen(l): [("reason", l.reason, L.text)]
        case let .herijkingPlanned(moment): [("moment", moment, L.name)]
        case let .weefselRoundOpened(id, _): [("id", id, L.name)]
        case let .weefselScoreGiven(round, cell, _), let .weefselScoreCleared(round, cell): [("round", round, L.name), ("row", cell.row, L.name)]
        case let .weefselRowGiven(round, row, _): [("round", round, L.name), ("row", row, L.name)]
        case let .agendaDotsGiven(voter, dots): [("voter", voter.rawValue, L.name)] + dots.keys.map { ("id", $0, L.name) }
        case let .elementNotesEdited(_, n): [("goesWell", n.goesWell, L.text), ("mustChange", n.mustChange, L.text), ("whoActs", n.whoActs, L.text)]
        case let .wrongWayFlagSet(flag): [("note", flag.note, L.text)]
        case let .questionOpened(question): [("round", question.key, L.name)]
        case .wegwijzerOpened, .overviewOpened, .timerPaused, .timerResumed, .wegwijzerStatusChanged, .agendaSet, .agendaDotsPerVoterSet,
             .changeUndone, .changeRedone, .questionClosed:
            []
        }
    }

    private static func details(_ d: SessionDetails) -> [LimitedText] {
        [("title", d.title, L.name), ("region", d.region, L.name), ("date", d.date, L.name), ("facilitator", d.facilitator, L.name)]
    }

    private static func indicatorIDs(of event: WorkshopEvent) -> [String] {
        switch event {
        case let .weefselScoreGiven(_, cell, _), let .weefselScoreCleared(_, cell): [cell.indicator]
        case let .weefselRowGiven(_, _, scores): Array(scores.keys)
        default: []
        }
    }
}

// The texts of each kind of item, with the limits its `validated(in:)` keeps.

extension Fact {
    public var limitedTexts: [SessionFileLimits.LimitedText] {
        let f = fields
        return [("indicator", f.indicator), ("value", f.value), ("unit", f.unit), ("source", f.source), ("date", f.date), ("assumed", f.assumed)]
            .map { ($0.0, $0.1, Engine.Limits.field) }
    }
}

extension PartyInterest {
    public var limitedTexts: [SessionFileLimits.LimitedText] { [("party", party, Engine.Limits.name), ("interest", interest, Engine.Limits.text)] }
}

extension AgendaTopic {
    public var limitedTexts: [SessionFileLimits.LimitedText] { [("text", text, Engine.Limits.text)] }
    public var limitedNumbers: [SessionFileLimits.LimitedNumber] { [("dots", dots, 0...Self.maxDots)] }
}

extension Domain {
    public var limitedTexts: [SessionFileLimits.LimitedText] {
        [("name", fields.name), ("portfolio", fields.portfolio), ("department", fields.department), ("network", fields.network)].map { ($0.0, $0.1, Engine.Limits.field) }
    }
}

extension Actor {
    public var limitedTexts: [SessionFileLimits.LimitedText] {
        [("name", fields.name, Engine.Limits.name), ("person", fields.person, Engine.Limits.field), ("interests", fields.interests, Engine.Limits.field),
         ("strength", fields.strength, Engine.Limits.field), ("notes", fields.notes, Engine.Limits.field),
         ("participant", fields.participant?.rawValue ?? "", Engine.Limits.name)]
    }
    public var limitedNumbers: [SessionFileLimits.LimitedNumber] {
        [("closeness", fields.closeness, Engine.Limits.closeness), ("x", position.x, BoardPoint.range), ("y", position.y, BoardPoint.range)]
    }
}

extension Relation {
    public var limitedTexts: [SessionFileLimits.LimitedText] {
        [("from", fields.from, Engine.Limits.name), ("to", fields.to, Engine.Limits.name), ("note", fields.note, Engine.Limits.field)]
    }
}

extension Constituency {
    public var limitedTexts: [SessionFileLimits.LimitedText] { [("name", fields.name, Engine.Limits.name), ("note", fields.note, Engine.Limits.field)] }
}

extension AccountabilityAgreement {
    public var limitedTexts: [SessionFileLimits.LimitedText] {
        [("what", fields.what), ("towards", fields.towards), ("form", fields.form), ("frequency", fields.frequency), ("owner", fields.owner)]
            .map { ($0.0, $0.1, Engine.Limits.field) }
    }
}

extension ConnectionItem {
    public var limitedTexts: [SessionFileLimits.LimitedText] { [("text", text, Engine.Limits.text), ("audience", audience, Engine.Limits.field)] }
}

extension ReflectionItem {
    public var limitedTexts: [SessionFileLimits.LimitedText] { [("text", text, Engine.Limits.text)] }
}

extension Commitment {
    public var limitedTexts: [SessionFileLimits.LimitedText] {
        [("who", fields.who), ("what", fields.what), ("byWhen", fields.byWhen)].map { ($0.0, $0.1, Engine.Limits.field) }
    }
}
