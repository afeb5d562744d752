/// What the facilitator asks for. `Engine.execute` validates a command into events.
/// Commands carry no UI types, so other sources (a voting page, a script) can send them.
public enum WorkshopCommand: Hashable, Sendable {
    case startSession(SessionDetails, scenario: String?)
    case editDetails(SessionDetails)
    case addParticipant(ParticipantFields)
    case editParticipant(ParticipantID, ParticipantFields)
    case removeParticipant(ParticipantID)
    case openWegwijzer(Int)
    case openOverview
    case setStatus(wegwijzer: Int, status: WegwijzerStatus)
    case editNotes(wegwijzer: Int, text: String)
    /// `toRoom`: the room is open, so the new round is open to the phones at once.
    case openQuadrantRound(QuadrantRoundSetup, toRoom: Bool = false)
    /// `voter` is ignored in an anonymous round: its events never name anyone.
    /// `fromDevice`: cast on a phone in the room; such a vote only counts in the latest round, before it is revealed.
    case castQuadrantVote(round: String, voter: ParticipantID?, dots: QuadrantDots, fromDevice: Bool = false)
    case revealQuadrantRound(String)
    case chooseEmphasis(Emphasis)
    case answerVerbind(quadrant: Quadrant, answer: String)
    /// A new captured item (a fact, an actor, a commitment …); the engine gives it its id.
    case addItem(Item)
    /// The captured item with this id, as it should now read.
    case editItem(Item)
    /// Takes a captured item off, with what depends on it.
    case removeItem(ItemKind, id: String)
    case moveActor(String, to: BoardPoint)
    /// Places every actor that was not moved by hand, with the automatic layout.
    case layOutNetwork
    case stateChallenge(String)
    case setDomainLink(String, String, DomainLinkStrength)
    case setAgenda([AgendaSlot])
    /// Stop or restart the countdown.
    case pauseTimer
    case resumeTimer
    /// Give a wegwijzer on the agenda more minutes.
    case extendTime(wegwijzer: Int, minutes: Int)
    case chooseLeadership(Leadership)
    case planHerijking(String)
    case openWeefselRound(WeefselRoundSetup, toRoom: Bool = false)
    /// The phones are asked this question from now on, whatever the laptop shows.
    case openQuestion(RoomQuestion)
    /// The phones are asked nothing until another question is opened.
    case closeQuestion
    /// `value` 1 … 5, or 0 (`dontKnowScore`). `row` is a participant id, or "r1" … in an anonymous round.
    case giveWeefselScore(round: String, row: String, indicator: String, value: Int)
    case clearWeefselScore(round: String, row: String, indicator: String)
    /// A whole row of scores from a phone: `row` is the participant, or nil in an anonymous
    /// round, where the engine gives the next free row "r1", "r2" ….
    case giveWeefselRow(round: String, row: String?, scores: [String: Int])
    /// How many dots each participant may give to the agenda on a phone (1 … 20).
    case setAgendaDotsPerVoter(Int)
    /// A participant's dots on the agenda, from a phone: agenda point id → dots; replaces their earlier ones.
    case giveAgendaDots(voter: ParticipantID, dots: [String: Int])
    case revealWeefselRound(String)
    case editElementNotes(WeefselElement, ElementNotes)
    case setWrongWayFlag(WrongWayFlag)
    case undo
    case redo

    /// Adds `item` (its id is ignored: the engine numbers it).
    public static func add(_ item: some CapturedItem) -> WorkshopCommand { .addItem(Item(item)) }
    /// Replaces the item with `item.id` by `item`.
    public static func edit(_ item: some CapturedItem) -> WorkshopCommand { .editItem(Item(item)) }
    /// Removes the item `id` of `kind`.
    public static func remove(_ kind: ItemKind, _ id: String) -> WorkshopCommand { .removeItem(kind, id: id) }
}

/// Why a command was refused, in words for the facilitator.
public enum CommandError: Error, Hashable, Sendable {
    case emptyName
    /// A remark, an agenda point, a commitment … was left empty.
    case emptyText
    case tooLong(field: String, limit: Int)
    case unknownWegwijzer(Int)
    case unknownParticipant(ParticipantID)
    case nothingToUndo
    case nothingToRedo
    case readOnly
    case unknownRound(String)
    case voterRequired
    case voterUnknown(ParticipantID)
    case wrongNumberOfDots(expected: Int, got: Int)
    case dotsOutOfRange
    case alreadyRevealed
    case sameQuadrant
    case unknownItem(String)
    case unknownIndicator(String)
    case scoreOutOfRange(Int)
    case rowNotInRound(String)
    case relationToItself
    case closenessOutOfRange(Int)
    case agendaMinutes(Int)
    case notOnAgenda(Int)
    case topicDotsOutOfRange(Int)
    /// A phone answered a question that is no longer open to the room.
    case questionClosed
    /// This question cannot be opened to the room (its round was revealed, or there is nothing to ask).
    case notAskable
    /// An anonymous round holds as many answers as there are participants.
    case roundFull(Int)
    case noScores
    case agendaDots(allowed: Int, given: Int)
    /// The command was recorded, but writing it to disk failed: it is kept in memory and
    /// written once the disk takes it again; nobody may be told it was saved before that.
    case notSaved

    public func message(_ language: Language) -> String {
        switch (self, language) {
        case (.emptyName, .nl): "Een naam is verplicht."
        case (.emptyName, .en): "A name is required."
        case (.emptyText, .nl): "Er staat nog niets: vul eerst de tekst in."
        case (.emptyText, .en): "Nothing entered yet: fill in the text first."
        case let (.tooLong(field, limit), .nl): "\(field) is te lang (hoogstens \(limit) tekens)."
        case let (.tooLong(field, limit), .en): "\(field) is too long (at most \(limit) characters)."
        case let (.unknownWegwijzer(n), .nl): "Wegwijzer \(n) bestaat niet; kies 1 tot en met 10."
        case let (.unknownWegwijzer(n), .en): "Signpost \(n) does not exist; choose 1 to 10."
        case let (.unknownParticipant(id), .nl): "Deelnemer \(id) bestaat niet (meer)."
        case let (.unknownParticipant(id), .en): "Participant \(id) does not exist (any more)."
        case (.nothingToUndo, .nl): "Er is niets om ongedaan te maken."
        case (.nothingToUndo, .en): "There is nothing to undo."
        case (.nothingToRedo, .nl): "Er is niets om opnieuw te doen."
        case (.nothingToRedo, .en): "There is nothing to redo."
        case (.readOnly, .nl): "Deze sessie is alleen-lezen geopend; wijzigen kan niet."
        case (.readOnly, .en): "This session is open read-only; it cannot be changed."
        case (.notSaved, .nl): "Nog niet opgeslagen: de laptop kan nu niet schrijven."
        case (.notSaved, .en): "Not saved yet: the laptop cannot write now."
        case let (.unknownRound(id), .nl): "Stemronde \(id) bestaat niet."
        case let (.unknownRound(id), .en): "Voting round \(id) does not exist."
        case (.voterRequired, .nl): "Kies eerst wie er stemt (of voeg een deelnemer toe)."
        case (.voterRequired, .en): "Choose who is voting first (or add a participant)."
        case let (.voterUnknown(id), .nl): "Deelnemer \(id) bestaat niet en kan niet stemmen."
        case let (.voterUnknown(id), .en): "Participant \(id) does not exist and cannot vote."
        case let (.wrongNumberOfDots(e, g), .nl): "Een stem heeft \(e) stip(pen), niet \(g)."
        case let (.wrongNumberOfDots(e, g), .en): "A vote has \(e) dot(s), not \(g)."
        case (.dotsOutOfRange, .nl): "Het aantal stippen per persoon is 1 tot en met 10."
        case (.dotsOutOfRange, .en): "Dots per person must be 1 to 10."
        case (.alreadyRevealed, .nl): "Deze ronde is al zichtbaar."
        case (.alreadyRevealed, .en): "This round is visible already."
        case (.sameQuadrant, .nl): "Dit is de gekozen nadruk zelf; beantwoord de vragen van de andere drie."
        case (.sameQuadrant, .en): "This is the chosen emphasis itself; answer the other three."
        case let (.unknownItem(id), .nl): "\(id) bestaat niet (meer)."
        case let (.unknownItem(id), .en): "\(id) does not exist (any more)."
        case let (.unknownIndicator(id), .nl): "Indicator \(id) bestaat niet."
        case let (.unknownIndicator(id), .en): "Indicator \(id) does not exist."
        case let (.scoreOutOfRange(v), .nl): "Een score is 1 tot en met 5, of 0 voor 'weet niet' (niet \(v))."
        case let (.scoreOutOfRange(v), .en): "A score is 1 to 5, or 0 for 'don't know' (not \(v))."
        case let (.rowNotInRound(row), .nl): "\(row) hoort niet bij deze ronde."
        case let (.rowNotInRound(row), .en): "\(row) does not belong to this round."
        case (.relationToItself, .nl): "Een relatie verbindt twee verschillende actoren."
        case (.relationToItself, .en): "A relation connects two different actors."
        case let (.closenessOutOfRange(v), .nl): "Nabijheid is 1 (dichtbij) tot en met 5 (ver weg), niet \(v)."
        case let (.closenessOutOfRange(v), .en): "Closeness is 1 (close) to 5 (far), not \(v)."
        case let (.agendaMinutes(v), .nl): "Een agendapunt duurt 1 tot en met 240 minuten, niet \(v)."
        case let (.agendaMinutes(v), .en): "An agenda item takes 1 to 240 minutes, not \(v)."
        case let (.notOnAgenda(n), .nl): "Wegwijzer \(n) staat niet op de agenda; A zet er minuten bij."
        case let (.notOnAgenda(n), .en): "Signpost \(n) is not on the agenda; A gives it minutes."
        case let (.topicDotsOutOfRange(n), .nl): "Een agendapunt heeft 0 tot en met \(AgendaTopic.maxDots) stippen, niet \(n)."
        case let (.topicDotsOutOfRange(n), .en): "An agenda point has 0 to \(AgendaTopic.maxDots) dots, not \(n)."
        case (.questionClosed, .nl): "Deze vraag is gesloten; je stem is niet meegeteld."
        case (.questionClosed, .en): "This question is closed; your vote was not counted."
        case (.notAskable, .nl): "Deze vraag kan niet open voor de zaal: de ronde is al onthuld, of er is nog niets om over te stemmen."
        case (.notAskable, .en): "This question cannot be opened to the room: the round was revealed, or there is nothing to vote on yet."
        case let (.roundFull(n), .nl): "Deze anonieme ronde heeft al \(n) stem(men), evenveel als er deelnemers zijn; voeg eerst een deelnemer toe."
        case let (.roundFull(n), .en): "This anonymous round has \(n) vote(s) already, as many as there are participants; add a participant first."
        case (.noScores, .nl): "Er is nog geen score ingevuld."
        case (.noScores, .en): "No score has been filled in yet."
        case let (.agendaDots(allowed, given), .nl): "Geef 1 tot en met \(allowed) stippen, niet \(given)."
        case let (.agendaDots(allowed, given), .en): "Give 1 to \(allowed) dots, not \(given)."
        }
    }
}
