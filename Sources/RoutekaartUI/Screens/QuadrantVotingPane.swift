import RoutekaartCore

/// Wegwijzer 5, voting: rounds "nu" and "gewenst" on the quadrant model, entered by the
/// facilitator or by the room passing the laptop, with the 2×2 chart of the results.
enum QuadrantVotingPane: Pane {
    static var state: WritableKeyPath<PaneStates, VotingView> { \.voting }
    static let name = LocalizedText(nl: "Stemmen", en: "Voting")

    static func keyHints(_ view: VotingView, context: ScreenContext) -> [KeyHint] {
        if view.passLaptop {
            return [KeyHint("1–4", .init(nl: "stem", en: "vote"), priority: 0, role: .recording),
                    KeyHint("⌫", .init(nl: "stip terug", en: "undo dot"), priority: 1, role: .recording),
                    KeyHint("Esc", .init(nl: "terug naar begeleider", en: "back to facilitator"), priority: 0, role: .navigation)]
        }
        let question = context.state.quadrantRounds.last.map { RoomQuestion.quadrantRound($0.id) }
        if view.recording && view.forOne {
            return [KeyHint("1–4", .init(nl: "stem", en: "vote"), priority: 0, role: .recording),
                    KeyHint("⌫", .init(nl: "stip terug", en: "undo dot"), priority: 1, role: .recording),
                    KeyHint("Esc", .init(nl: "stoppen met stemmen", en: "stop voting"), priority: 0, role: .navigation)]
        }
        if RoomQuestionLines.isOpenToRoom(question, context.state) {
            return [RoomQuestionLines.hint(question, context.state),
                    KeyHint("Enter", .init(nl: "stem voor…", en: "vote for…"), priority: 1),
                    KeyHint("v", .init(nl: "onthullen", en: "reveal"), priority: 2, role: .recording),
                    KeyHint("k", .init(nl: "nadruk kiezen", en: "choose emphasis"), priority: 3),
                    KeyHint("Tab", .init(nl: "volgend deel", en: "next part"), priority: 2, role: .navigation)]
        }
        if view.recording {
            return [KeyHint("1–4", .init(nl: "stem", en: "vote"), priority: 0, role: .recording),
                    KeyHint("< >", .init(nl: "wie stemt", en: "who votes"), priority: 1),
                    KeyHint("←↑↓→ Enter", .init(nl: "stem met pijlen", en: "vote with arrows"), priority: 3, role: .recording),
                    KeyHint("⌫", .init(nl: "stip terug", en: "undo dot"), priority: 4, role: .recording),
                    KeyHint("v", .init(nl: "onthullen", en: "reveal"), priority: 2, role: .recording),
                    KeyHint("Esc", .init(nl: "stoppen met stemmen", en: "stop voting"), priority: 0, role: .navigation)]
        }
        return [
            KeyHint("n", .init(nl: "nieuwe ronde", en: "new round"), priority: 1),
            KeyHint("Enter", .init(nl: "stemmen invoeren", en: "enter votes"), priority: 1),
            RoomQuestionLines.hint(question, context.state),
            KeyHint("< >", .init(nl: "wie stemt", en: "who votes"), priority: 3),
            KeyHint("v", .init(nl: "onthullen", en: "reveal"), priority: 3, role: .recording),
            KeyHint("R", .init(nl: "laptop rond", en: "pass laptop"), priority: 3),
            KeyHint("a", .init(nl: "deelnemer erbij", en: "add participant"), priority: 4),
            KeyHint("k", .init(nl: "nadruk kiezen", en: "choose emphasis"), priority: 3),
            KeyHint("( )", .init(nl: "eerdere rondes", en: "earlier rounds"), priority: 5),
            KeyHint("Tab", .init(nl: "volgend deel", en: "next part"), priority: 2, role: .navigation),
        ]
    }

    /// A participant added while voting becomes the one who votes; a new round starts the
    /// recording at the first participant.
    static func recorded(_ events: [RecordedEvent], view: inout VotingView, context: ScreenContext) {
        for event in events.map(\.event) {
            switch event {
            case let .participantAdded(p):
                view.voter = context.state.participants.firstIndex { $0.id == p.id } ?? view.voter
            case let .quadrantRoundOpened(id, _):
                view.voter = context.state.participants.isEmpty ? nil : 0
                view.pending = []
                // Open to the room, the phones vote: digits on the laptop do not.
                view.recording = context.state.openQuestion != .quadrantRound(id)
                view.forOne = false
            default: break
            }
        }
    }

    static func handle(_ key: Key, view: inout VotingView, context: ScreenContext) -> [AppAction]? {
        let state = context.state
        let lang = context.language
        let round = state.quadrantRounds.last
        if view.passLaptop {
            switch key {
            case .escape, .char("R"):
                view.passLaptop = false
                view.received = false
                return []
            default:
                return vote(key, round: round, context: context, view: &view) ?? []
            }
        }
        if key == .char("(") || key == .char(")") {
            let ids = state.quadrantRounds.map(\.id)
            guard ids.count > 1 else {
                return [.flash(VotingText.thereIsNoEarlier(lang), problem: false)]
            }
            let current = view.shownRound.flatMap { ids.firstIndex(of: $0) } ?? ids.count - 1
            let next = min(max(0, current + (key == .char(")") ? 1 : -1)), ids.count - 1)
            view.shownRound = next == ids.count - 1 ? nil : ids[next]
            return []
        }
        // Any other key acts on the latest round, so looking back ends here.
        view.shownRound = nil
        let question = round.map { RoomQuestion.quadrantRound($0.id) }
        let toRoom = RoomQuestionLines.isOpenToRoom(question, state)
        if toRoom && !view.forOne { view.recording = false }
        switch key {
        case .char("z"):
            view.recording = false
            view.forOne = false
            view.pending = []
            return RoomQuestionLines.toggle(question, context: context)
        case .enter where toRoom && !view.recording:
            guard let round else { return [.flash(noRound(lang), problem: true)] }
            if round.setup.anonymous {
                view.recording = true
                view.forOne = true
                view.pending = []
                return [.flash(VotingText.oneAnonymousBallot(lang), problem: false)]
            }
            guard !state.participants.isEmpty else { return [.flash(CommandError.voterRequired.message(lang), problem: true)] }
            return [.open(.pickVoter(filter: "", selected: 0))]
        case .escape where view.forOne:
            view.recording = false
            view.forOne = false
            view.pending = []
            return []
        case .char("n"):
            return [.open(.form(.openRound, roundForm(state)))]
        case .char("<"), .char(">"):
            let count = state.participants.count
            guard count > 0 else { return [] }
            let from = view.voter ?? (key == .char(">") ? count - 1 : 0)
            view.voter = (from + (key == .char(">") ? 1 : count - 1)) % count
            view.pending = []
            return []
        case .char("v"):
            guard let round else { return [.flash(noRound(lang), problem: true)] }
            view.recording = false
            return [.run(.revealQuadrantRound(round.id))]
        case .enter where !view.recording:
            guard let round else { return [.flash(noRound(lang), problem: true)] }
            view.recording = true
            view.pending = []
            view.voter = VotingView.nextWithoutVote(after: 0, in: round, state.participants)
            return [.flash(VotingText.recordingTitle(lang).trimmingCharacters(in: .whitespaces), problem: false)]
        case .escape where view.recording:
            view.recording = false
            view.pending = []
            return []
        case .char("R") where toRoom:
            return [.flash(VotingText.phonesVote(lang), problem: true)]
        case .char("R"):
            guard round != nil else { return [.flash(noRound(lang), problem: true)] }
            view.passLaptop = true
            view.received = false
            view.pending = []
            if let round { view.voter = VotingView.nextWithoutVote(after: 0, in: round, state.participants) }
            return [.flash(VotingText.laptopGoesRound(lang), problem: false)]  // no echo of the vote before stays up
        case .char("a"):
            return [.open(.form(.addVoter, ParticipantsScreen.form(ParticipantFields(name: "", helix: .government), title: UIText.addParticipant)))]
        case .char("k"):
            return [.open(.form(.chooseEmphasis, BorgEnVerbindPane.emphasisForm(state)))]
        default:
            return view.recording ? vote(key, round: round, context: context, view: &view) : nil  // digits open wegwijzers
        }
    }

    /// Keys that enter a ballot: digits, arrows, Enter, Backspace.
    private static func vote(_ key: Key, round: QuadrantRound?, context: ScreenContext, view: inout VotingView) -> [AppAction]? {
        let place = Method.info(view.cursor).placement
        switch key {
        case let .char(c) where QuadrantChart.quadrant(forDigit: c) != nil:
            return addDot(QuadrantChart.quadrant(forDigit: c)!, round: round, context: context, view: &view)
        case .enter, .char(" "):
            return addDot(view.cursor, round: round, context: context, view: &view)
        case .left, .right:
            view.cursor = QuadrantChart.quadrant(column: 1 - place.column, row: place.row)
        case .up, .down:
            view.cursor = QuadrantChart.quadrant(column: place.column, row: 1 - place.row)
        case .backspace:
            if !view.pending.isEmpty { view.pending.removeLast() }
        default:
            return nil
        }
        return []
    }

    private static func addDot(_ q: Quadrant, round: QuadrantRound?, context: ScreenContext, view: inout VotingView) -> [AppAction] {
        let lang = context.language
        guard let round else { return [.flash(noRound(lang), problem: true)] }
        let people = context.state.participants
        if !round.setup.anonymous && people.isEmpty {
            return [.flash(CommandError.voterRequired.message(lang), problem: true)]
        }
        view.received = false
        view.pending.append(q)
        guard view.pending.count >= round.setup.dotsPerVoter else { return [] }
        let dots = view.pendingDots
        view.pending = []
        if view.forOne {  // "stem voor…": one ballot, then the phones have the round again
            view.recording = false
            view.forOne = false
        }
        if round.setup.anonymous {
            view.received = true
            return [.run(.castQuadrantVote(round: round.id, voter: nil, dots: dots))] + echo(VotingText.anonymousVote(lang), dots, round, view, lang)
        }
        guard let current = view.voter else {
            return [.flash(VotingText.everyoneVoted(lang), problem: true)]
        }
        let index = min(current, people.count - 1)
        let voter = people[index]
        // The next one who has not voted yet in this round; nobody once everyone has.
        if view.recording { view.voter = VotingView.nextWithoutVote(after: index + 1, in: round, people).flatMap { $0 == index ? nil : $0 } }
        view.received = true
        return [.run(.castQuadrantVote(round: round.id, voter: voter.id, dots: dots))] + echo(voter.fields.name + ": ", dots, round, view, lang)
    }

    /// What a typed vote is echoed as: the choice, but not in a blind round (the room could
    /// read it) and not when the laptop goes round (the next voter would).
    static func echo(_ who: String, _ dots: QuadrantDots, _ round: QuadrantRound, _ view: VotingView, _ lang: Language) -> [AppAction] {
        guard !view.passLaptop else { return [] }
        return [.flash(who + (round.isVisible ? ballotText(dots, lang) : VotingText.votedHidden(lang)), problem: false)]
    }

    /// "Presterende overheid", or "Presterende overheid 2, Netwerkende overheid 1" for dots.
    static func ballotText(_ dots: QuadrantDots, _ lang: Language) -> String {
        Quadrant.allCases.filter { dots[$0] > 0 }.map { q in Method.info(q).name(lang) + (dots[q] > 1 || dots.total > 1 ? " \(dots[q])" : "") }
            .joined(separator: ", ")
    }

    static func noRound(_ lang: Language) -> String {
        VotingText.thereIsNoVoting(lang)
    }

    static func roundForm(_ state: WorkshopState) -> Form {
        let yesNo = [LocalizedText(nl: "nee", en: "no"), LocalizedText(nl: "ja", en: "yes")]
        let nextKind = state.latestRound(.current) == nil ? 0 : 1
        return Form(title: .init(nl: "Nieuwe stemronde", en: "New voting round"), fields: [
            .choice(label: .init(nl: "Ronde", en: "Round"), options: RoundKind.allCases.map(Method.name), selected: nextKind),
            .choice(label: .init(nl: "Manier", en: "Style"), options: VotingStyle.allCases.map(Method.name), selected: 0),
            .text(label: .init(nl: "Stippen p.p.", en: "Dots each"), TextField.number("3", limit: 2)),
            .choice(label: .init(nl: "Anoniem", en: "Anonymous"), options: yesNo, selected: 0),
            .choice(label: .init(nl: "Blind", en: "Blind"), options: yesNo, selected: 0),
        ])
    }

    /// The command a filled-in round form asks for, or why it cannot be sent.
    /// `toRoom`: the room is open, so the new round is open to the phones at once.
    static func roundCommand(_ form: Form, language: Language, toRoom: Bool) -> Result<WorkshopCommand, FormProblem> {
        let style = VotingStyle.allCases[form.choice(1)]
        var dots = 1
        if style == .dots {
            guard let n = Int(TextCleaning.singleLine(form.text(2))), Engine.Limits.dotsPerVoter.contains(n) else {
                return .failure(FormProblem(CommandError.dotsOutOfRange.message(language)))
            }
            dots = n
        }
        return .success(.openQuadrantRound(QuadrantRoundSetup(
            kind: RoundKind.allCases[form.choice(0)], style: style, dotsPerVoter: dots,
            anonymous: form.choice(3) == 1, blind: form.choice(4) == 1), toRoom: toRoom))
    }

    // MARK: Rendering

    /// The latest round (or the one looked back at) as a large chart, or how many have voted while it is hidden.
    static func present(_ view: VotingView, context: ScreenContext, in area: Rect, into frame: inout Frame) -> Bool {
        guard !context.state.quadrantRounds.isEmpty else { return false }
        PresentationScreen.quadrants(view, context, in: area, into: &frame)
        return true
    }

    static func render(_ view: VotingView, context: ScreenContext, in whole: Rect, into frame: inout Frame) {
        // While votes are typed, a frame round the pane says so: digits vote now.
        let area = view.recording && !view.passLaptop ? whole.inset(dx: 1, dy: 1) : whole
        if area != whole { Box.draw(whole, title: VotingText.recordingTitle(context.language), style: .warning, titleStyle: .warning, into: &frame) }
        let state = context.state
        let lang = context.language
        let round = view.round(in: state)
        if view.passLaptop, let round {
            renderPrompt(round, view, context, in: area, into: &frame)
            return
        }
        let comparison = round.flatMap { r in state.latestRound(r.setup.kind == .current ? .desired : .current) }
        let content = QuadrantChart.Content(round: round, comparison: comparison, cursor: view.cursor,
                                            pending: view.pending.isEmpty ? nil : view.pendingDots)
        let wide = area.width >= 110
        let chartHeight = min(wide ? area.height : area.height - 4, wide ? 24 : 14)
        let chartRect = wide ? Rect(x: area.x, y: area.y, width: area.width * 62 / 100, height: chartHeight)
                             : Rect(x: area.x, y: area.y, width: area.width, height: chartHeight)
        QuadrantChart.draw(content, language: lang, in: chartRect, into: &frame)
        let info = wide ? Rect(x: chartRect.maxX + 2, y: area.y, width: area.maxX - chartRect.maxX - 2, height: area.height)
                        : Rect(x: area.x, y: chartRect.maxY, width: area.width, height: area.maxY - chartRect.maxY)
        guard let round else {
            Paragraph.draw(noRound(lang), in: info, style: .muted, into: &frame)
            return
        }
        renderInfo(round, view, context, wide: wide, in: info, into: &frame)
    }

    static func describe(_ round: QuadrantRound, _ lang: Language, of state: WorkshopState? = nil) -> String {
        var parts = [VotingText.round(lang) + round.id + ": " + Method.name(round.setup.kind)(lang), Method.name(round.setup.style)(lang)]
        if let state, let i = state.quadrantRounds.firstIndex(of: round), i < state.quadrantRounds.count - 1 {
            parts[0] = VotingText.earlierRound(lang) + "\(i + 1)/\(state.quadrantRounds.count) — " + parts[0]
        }
        if round.setup.style == .dots { parts[1] += " (\(round.setup.dotsPerVoter) " + VotingText.each(lang) }
        if round.setup.anonymous { parts.append(VotingText.anonymous(lang)) }
        if round.setup.blind { parts.append(round.revealed ? VotingText.blindRevealed(lang) : VotingText.blind(lang)) }
        return parts.joined(separator: " · ")
    }

    static func agreementLine(_ round: QuadrantRound, _ lang: Language) -> String {
        let tally = QuadrantTally(round)
        let votes = VotingText.votes(lang) + "\(tally.ballots)"
        guard round.isVisible else { return votes + " · " + VotingText.resultHidden(lang) }
        guard tally.total > 0 else { return votes + " · " + Method.name(AgreementLevel.none)(lang) }
        let share = Int((tally.largestShare * 100).rounded())
        return votes + " · " + VotingText.agreement(lang) + Method.name(tally.agreement)(lang) + " (\(share) % \(VotingText.inOneQuadrant(lang)))"
    }

    static func voterLine(_ round: QuadrantRound, _ view: VotingView, _ context: ScreenContext) -> String {
        let lang = context.language
        let need = round.setup.dotsPerVoter - view.pending.count
        let dotsNote = round.setup.dotsPerVoter > 1 ? VotingText.dotsToGo(lang, need) : ""
        if round.setup.anonymous { return VotingText.anonymousEveryCompleteBallot(lang) + dotsNote }
        let people = context.state.participants
        guard !people.isEmpty else { return CommandError.voterRequired.message(lang) }
        guard let index = view.voter else { return VotingText.everyoneHasVoted(lang) }
        let voter = people[min(index, people.count - 1)]
        return VotingText.votingNow(lang) + voter.fields.name + dotsNote
    }

    static func renderInfo(_ round: QuadrantRound, _ view: VotingView, _ context: ScreenContext, wide: Bool, in info: Rect, into frame: inout Frame) {
        let lang = context.language
        var y = info.y
        y += Paragraph.draw(describe(round, lang, of: context.state), in: Rect(x: info.x, y: y, width: info.width, height: wide ? 2 : 1), style: .heading, into: &frame)
        if wide {
            y += Paragraph.draw(Method.question(round.setup.kind)(lang), in: Rect(x: info.x, y: y, width: info.width, height: 2), style: .accent, into: &frame)
        }
        y += Paragraph.draw(agreementLine(round, lang), in: Rect(x: info.x, y: y, width: info.width, height: wide ? 2 : 1), into: &frame)
        let question = RoomQuestion.quadrantRound(round.id)
        let toRoom = RoomQuestionLines.isOpenToRoom(question, context.state) && round.id == context.state.quadrantRounds.last?.id
        if !toRoom || view.forOne {
            frame.put(voterLine(round, view, context), x: info.x, y: y, width: info.width, style: .busy)
            y += 1
        }
        // Who answered, of how many, and who is missing: never what anyone chose.
        y += RoomQuestionLines.draw(question, context, in: Rect(x: info.x, y: y, width: info.width, height: max(0, min(wide ? 6 : 3, info.maxY - y))), into: &frame)
        if let e = context.state.emphasis, y < info.maxY, !wide {
            frame.put(VotingText.chosenEmphasis(lang) + Method.info(e.quadrant).name(lang), x: info.x, y: y, width: info.width, style: .done)
        }
        guard wide else { return }
        y += 1
        if let e = context.state.emphasis {
            frame.put(VotingText.chosenEmphasis(lang) + Method.info(e.quadrant).name(lang), x: info.x, y: y, width: info.width, style: .done)
            y += 2
        }
        guard !round.setup.anonymous else { return }
        frame.put(VotingText.participants(lang), x: info.x, y: y, width: info.width, style: .heading)
        y += 1
        let people = context.state.participants
        let current = (toRoom && !view.forOne) ? -1 : view.voter.map { min($0, max(0, people.count - 1)) } ?? -1
        for (i, p) in people.enumerated() where y < info.maxY {
            let marker = i == current ? "▸ " : "  "
            let ballot = round.ballot(of: p.id)
            // Whether someone voted, never what: the projector shows the result only as a whole.
            let vote = ballot.map { $0.fromDevice ? VotingText.votedByPhoneMark(lang) : VotingText.voted(lang) } ?? "—"
            let nameWidth = max(4, info.width - 14)
            frame.put(marker + TextWidth.pad(p.fields.name, to: nameWidth - 2), x: info.x, y: y, style: i == current ? .selected : .normal)
            frame.put(vote, x: info.x + nameWidth + 1, y: y, width: info.width - nameWidth - 1, style: ballot == nil ? .muted : .done)
            y += 1
        }
    }

    /// Pass-the-laptop: only the current voter's prompt, nothing of the others.
    static func renderPrompt(_ round: QuadrantRound, _ view: VotingView, _ context: ScreenContext, in area: Rect, into frame: inout Frame) {
        let lang = context.language
        var lines: [(String, StyleRole)] = [(Method.question(round.setup.kind)(lang), .title), ("", .normal)]
        if round.setup.anonymous {
            lines.append((VotingText.yourTurnTheNext(lang), .heading))
        } else if !context.state.participants.isEmpty {
            let people = context.state.participants
            lines.append((view.voter.map { VotingText.yourTurn(lang) + people[min($0, people.count - 1)].fields.name } ?? VotingText.everyoneHasVoted(lang), .heading))
        }
        let need = round.setup.dotsPerVoter - view.pending.count
        lines.append((round.setup.dotsPerVoter == 1 ? VotingText.chooseOneQuadrantWith(lang)
                      : VotingText.spreadDotsWithTo(lang, round.setup.dotsPerVoter, need), .normal))
        lines.append(("", .normal))
        let top = Method.quadrants.filter { $0.placement.row == 0 }.sorted { $0.placement.column < $1.placement.column }
        let bottom = Method.quadrants.filter { $0.placement.row == 1 }.sorted { $0.placement.column < $1.placement.column }
        for row in [top, bottom] {
            let cells = row.map { "\(QuadrantChart.digit($0.quadrant))  \($0.letter)  \($0.name(lang))" + String(repeating: " ○", count: view.pendingDots[$0.quadrant]) }
            lines.append((cells.map { TextWidth.pad($0, to: 34) }.joined(separator: "   "), .accent))
        }
        lines.append(("", .normal))
        if view.received {
            lines.append((VotingText.voteReceivedPassThe(lang), .done))
        }
        let startY = area.y + max(0, (area.height - lines.count) / 2)
        for (i, line) in lines.enumerated() where startY + i < area.maxY {
            let text = TextWidth.truncate(line.0, to: area.width - 2)
            frame.put(text, x: area.x + max(1, (area.width - TextWidth.of(text)) / 2), y: startY + i, style: line.1)
        }
    }
}

/// Why a form cannot be saved yet, shown inside the form.
struct FormProblem: Error {
    let message: String
    init(_ message: String) { self.message = message }
}

/// The texts of this file, in Dutch and English.
enum VotingText {
    static let everyoneVoted = LocalizedText(nl: "Iedereen heeft gestemd; kies met < > wie zijn stem wijzigt.", en: "Everyone has voted; choose with < > whose vote to change.")
    static let everyoneHasVoted = LocalizedText(nl: "Iedereen heeft gestemd", en: "Everyone has voted")
    static let anonymousVote = LocalizedText(nl: "anonieme stem: ", en: "anonymous vote: ")
    static let laptopGoesRound = LocalizedText(nl: "De laptop gaat rond: alleen wie stemt ziet de vraag.", en: "The laptop goes round: only the voter sees the question.")
    static let votedHidden = LocalizedText(nl: "gestemd (verborgen tot onthullen)", en: "voted (hidden until revealed)")
    static let recordingTitle = LocalizedText(nl: " STEMMEN — Esc stopt ", en: " VOTING — Esc stops ")
    static let thereIsNoEarlier = LocalizedText(nl: "Er is nog geen eerdere ronde om terug te kijken.", en: "There is no earlier round to look back at yet.")
    static let thereIsNoVoting = LocalizedText(nl: "Er is nog geen stemronde: druk n om er een te openen.", en: "There is no voting round yet: press n to open one.")
    static let round = LocalizedText(nl: "Ronde ", en: "Round ")
    static let earlierRound = LocalizedText(nl: "Eerdere ronde ", en: "Earlier round ")
    static let each = LocalizedText(nl: "p.p.)", en: "each)")
    static let anonymous = LocalizedText(nl: "anoniem", en: "anonymous")
    static let blindRevealed = LocalizedText(nl: "blind, onthuld", en: "blind, revealed")
    static let blind = LocalizedText(nl: "blind", en: "blind")
    static let votes = LocalizedText(nl: "stemmen: ", en: "votes: ")
    static let resultHidden = LocalizedText(nl: "uitslag verborgen (v onthult)", en: "result hidden (v reveals)")
    static let agreement = LocalizedText(nl: "overeenstemming: ", en: "agreement: ")
    static let inOneQuadrant = LocalizedText(nl: "in één kwadrant", en: "in one quadrant")
    static let dotsToGo = LocalizedText(nl: " · nog %1 stip(pen)", en: " · %1 dot(s) to go")
    static let anonymousEveryCompleteBallot = LocalizedText(nl: "Anoniem: elke volledige stem telt als één stem", en: "Anonymous: every complete ballot counts once")
    static let votingNow = LocalizedText(nl: "Stemt nu: ▸ ", en: "Voting now: ▸ ")
    static let chosenEmphasis = LocalizedText(nl: "Gekozen nadruk: ", en: "Chosen emphasis: ")
    static let participants = LocalizedText(nl: "Deelnemers", en: "Participants")
    static let voted = LocalizedText(nl: "✓ gestemd", en: "✓ voted")
    static let votedByPhoneMark = LocalizedText(nl: "✓ telefoon", en: "✓ phone")
    static let yourTurnTheNext = LocalizedText(nl: "Aan de beurt: de volgende deelnemer", en: "Your turn: the next participant")
    static let yourTurn = LocalizedText(nl: "Aan de beurt: ", en: "Your turn: ")
    static let chooseOneQuadrantWith = LocalizedText(nl: "Kies één kwadrant met 1, 2, 3 of 4.", en: "Choose one quadrant with 1, 2, 3 or 4.")
    static let spreadDotsWithTo = LocalizedText(nl: "Verdeel %1 stippen met 1–4; nog %2 te gaan.", en: "Spread %1 dots with 1–4; %2 to go.")
    static let oneAnonymousBallot = LocalizedText(nl: "Stem voor iemand zonder telefoon: één anonieme stem met 1–4.", en: "Vote for someone without a phone: one anonymous ballot with 1–4.")
    static let phonesVote = LocalizedText(nl: "De zaal stemt nu op de telefoons; z sluit de vraag eerst.", en: "The room votes on the phones now; z closes the question first.")
    static let voteFor = LocalizedText(nl: "Stem voor…", en: "Vote for…")
    static let votingFor = LocalizedText(nl: "Stem voor %1: kies met 1–4 (Esc stopt).", en: "Vote for %1: choose with 1–4 (Esc stops).")
    static let votedByPhone = LocalizedText(nl: "%1 stemde al met een telefoon. Toch een stem van de laptop invoeren?", en: "%1 voted from a phone already. Enter a laptop vote over it?")
    static let voteReceivedPassThe = LocalizedText(nl: "✓ Stem ontvangen. Geef de laptop door.", en: "✓ Vote received. Pass the laptop on.")
}
