import RoutekaartCore

/// What an overlay makes of a key: the overlay that stays open (nil closes it) and what the
/// app should do.
struct OverlayOutcome {
    var overlay: Overlay?
    var actions: [AppAction] = []
}

/// The layers drawn over a screen — help, the quit and remove questions, the tour, forms,
/// the actor and earlier-session pickers — with their keys and their drawing.
enum Overlays {
    private static let t = UIText.t
    static let yes = t("ja", "yes")
    static let no = t("nee", "no")
    static let next = t("verder", "next")
    static let skip = t("overslaan", "skip")
    static let compare = t("vergelijk", "compare")
    static let find = t("Zoek: ", "Find: ")
    static let noActor = t("(geen actor met die naam)", "(no actor by that name)")
    static let relationFrom = t("Relatie van %@ naar…", "Relation from %@ to…")
    static let pickActorKeys = t("typ om te zoeken · ↑↓ kies · Enter · Esc", "type to find · ↑↓ select · Enter · Esc")
    static let compareTitle = t("Vergelijk met een eerdere sessie", "Compare with an earlier session")
    static let compareKeys = t("↑↓ kies · Enter vergelijk · Esc annuleer", "↑↓ select · Enter compare · Esc cancel")
    static let newRelation = t("Nieuwe relatie", "New relation")
    static let noParticipant = t("(geen deelnemer met die naam)", "(no participant by that name)")
    static let newCode = t("nieuwe code", "new code")
    static let newCodeQuestion = t("Een nieuwe zaalcode?", "A new room code?")
    static let newCodeNote = t("Doe dit als de code buiten de zaal bekend werd. Elke telefoon moet daarna opnieuw de code invoeren en een naam kiezen; de stemmen blijven.",
                               "Do this when the code became known outside the room. Every phone must then enter the code again and choose a name; the votes stay.")
    static let closeRoomQuestion = t("De zaal sluiten?", "Close the room?")
    static let closeRoomNote = t("De telefoons kunnen dan niet meer stemmen. De code en wie welke naam koos blijven bewaard: M opent de zaal weer met dezelfde code.",
                                 "The phones can no longer vote then. The code and who chose which name are kept: M opens the room again with the same code.")
    /// %C is the noun with a capital, %@ as it is.
    static let removeQuestion = t("%C verwijderen?", "Remove %@?")

    static func handle(_ key: Key, _ overlay: Overlay, context: ScreenContext) -> OverlayOutcome {
        let yes = key == .enter || key == .char("j") || key == .char("y")
        let no = key == .escape || key == .char("n")
        switch overlay {
        case .help:
            return OverlayOutcome(overlay: no || key == .enter || key == .char("?") || key == .char("q") ? nil : overlay)
        case .confirmQuit where context.needsSaving:
            if key == .enter || key == .char("S") || key == .char("s") { return OverlayOutcome(overlay: nil, actions: [.offerSaveElsewhere]) }
            if key == .char("!") { return OverlayOutcome(overlay: nil, actions: [.quit]) }
            return OverlayOutcome(overlay: no || key == .char("q") ? nil : overlay)
        case .confirmQuit:
            if yes { return OverlayOutcome(overlay: nil, actions: [.quit]) }
            return OverlayOutcome(overlay: no || key == .char("q") ? nil : overlay)
        case let .confirmRemove(target):
            if yes { return OverlayOutcome(overlay: nil, actions: [.run(FormSubmission.removal(target, state: context.state, language: context.language).command)]) }
            return OverlayOutcome(overlay: no ? nil : overlay)
        case let .tour(step):
            switch key {
            case .enter, .right, .char(" "):
                return step + 1 < Tour.steps.count ? OverlayOutcome(overlay: .tour(step + 1)) : OverlayOutcome(overlay: nil, actions: [.tourDone])
            case .left: return OverlayOutcome(overlay: .tour(max(0, step - 1)))
            case .escape, .char("q"): return OverlayOutcome(overlay: nil, actions: [.tourDone])
            default: return OverlayOutcome(overlay: overlay)
            }
        case let .pickActor(from, filter, selected):
            let matches = actorMatches(from: from, filter: filter, in: context.state)
            switch key {
            case .up: return OverlayOutcome(overlay: .pickActor(from: from, filter: filter, selected: max(0, selected - 1)))
            case .down: return OverlayOutcome(overlay: .pickActor(from: from, filter: filter, selected: min(max(0, matches.count - 1), selected + 1)))
            case .escape: return OverlayOutcome(overlay: nil)
            case .backspace: return OverlayOutcome(overlay: .pickActor(from: from, filter: String(filter.dropLast()), selected: 0))
            case let .char(c): return OverlayOutcome(overlay: .pickActor(from: from, filter: filter + String(c), selected: 0))
            case .enter:
                guard matches.indices.contains(selected) else { return OverlayOutcome(overlay: overlay) }
                let fields = RelationFields(from: from, to: matches[selected].id)
                return OverlayOutcome(overlay: .form(.addRelation(from: from, to: fields.to),
                                                     NetworkListPane.relationForm(fields, state: context.state, title: newRelation)))
            default: return OverlayOutcome(overlay: overlay)
            }
        case let .pickEarlier(list, selected):
            switch key {
            case .up: return OverlayOutcome(overlay: .pickEarlier(list, selected: max(0, selected - 1)))
            case .down: return OverlayOutcome(overlay: .pickEarlier(list, selected: min(list.count - 1, selected + 1)))
            case .escape: return OverlayOutcome(overlay: nil)
            case .enter: return OverlayOutcome(overlay: nil, actions: [.compare(withSessionAt: list[selected].path)])
            default: return OverlayOutcome(overlay: overlay)
            }
        case let .pickVoter(filter, selected):
            let matches = voterMatches(filter, in: context.state)
            switch key {
            case .up: return OverlayOutcome(overlay: .pickVoter(filter: filter, selected: max(0, selected - 1)))
            case .down: return OverlayOutcome(overlay: .pickVoter(filter: filter, selected: min(max(0, matches.count - 1), selected + 1)))
            case .escape: return OverlayOutcome(overlay: nil)
            case .backspace: return OverlayOutcome(overlay: .pickVoter(filter: String(filter.dropLast()), selected: 0))
            case let .char(c): return OverlayOutcome(overlay: .pickVoter(filter: filter + String(c), selected: 0))
            case .enter:
                guard matches.indices.contains(selected) else { return OverlayOutcome(overlay: overlay) }
                let id = matches[selected].id
                let byPhone = context.state.quadrantRounds.last?.ballot(of: id)?.fromDevice ?? false
                return byPhone ? OverlayOutcome(overlay: .confirmVoteFor(id)) : OverlayOutcome(overlay: nil, actions: [.voteFor(id)])
            default: return OverlayOutcome(overlay: overlay)
            }
        case let .confirmVoteFor(id):
            if yes { return OverlayOutcome(overlay: nil, actions: [.voteFor(id)]) }
            return OverlayOutcome(overlay: no ? nil : overlay)
        case .confirmCloseRoom:
            if yes { return OverlayOutcome(overlay: nil, actions: [.closeRoom]) }
            return OverlayOutcome(overlay: no ? nil : overlay)
        case .confirmNewCode:
            if yes { return OverlayOutcome(overlay: .room(large: false), actions: [.renewRoomCode]) }
            return OverlayOutcome(overlay: no ? .room(large: false) : overlay)
        case let .room(large):
            switch key {
            case .char("P"): return OverlayOutcome(overlay: .room(large: !large))
            case .char("M"): return OverlayOutcome(overlay: .confirmCloseRoom)
            case .char("N"): return OverlayOutcome(overlay: .confirmNewCode)
            case .escape, .enter, .char("q"): return OverlayOutcome(overlay: large ? .room(large: false) : nil)
            default: return OverlayOutcome(overlay: overlay)
            }
        case .form(let purpose, var form):
            switch form.handle(key, language: context.language) {
            case .editing: return OverlayOutcome(overlay: .form(purpose, form))
            case .cancelled: return OverlayOutcome(overlay: nil)
            case .submitted: return OverlayOutcome(overlay: .form(purpose, form), actions: [.submitForm(purpose, form)])
            }
        }
    }

    /// Actors a new relation from `from` can go to, filtered by the letters typed.
    static func actorMatches(from: String, filter: String, in state: WorkshopState) -> [Actor] {
        let needle = filter.lowercased()
        return state.actors.filter { $0.id != from && (needle.isEmpty || $0.fields.name.lowercased().contains(needle)) }
    }

    /// Participants whose name or organisation holds the letters typed, accents aside ("zoe" finds Zoë).
    static func voterMatches(_ filter: String, in state: WorkshopState) -> [Participant] {
        let needle = TextCleaning.folded(filter)
        return state.participants.filter { p in
            needle.isEmpty || TextCleaning.folded(p.fields.name).contains(needle) || TextCleaning.folded(p.fields.organisation).contains(needle)
        }
    }

    /// Draws `overlay` over the body and returns the keys for the key bar.
    static func draw(_ overlay: Overlay, context: ScreenContext, session: LiveSession, screenHints: [KeyHint], in body: Rect, into frame: inout Frame) -> [KeyHint] {
        let lang = context.language
        let confirm = [KeyHint(UIText.enterOrYes, yes, priority: 0), KeyHint("Esc", no, priority: 0)]
        switch overlay {
        case .help:
            let global = GlobalKeys.hints.filter { g in !screenHints.contains { $0.keys == g.keys } }
            HelpOverlay.draw(screen: screenHints, global: global, language: lang, in: body, into: &frame)
            return [KeyHint("Esc", UIText.keyClose, priority: 0)]
        case .confirmQuit:
            var lines: [(String, StyleRole)] = []
            if case .saved = session.saveStatus, let path = session.path {
                lines.append((UIText.quitSaved(lang) + " " + path, .normal))
            } else if let failure = session.saveStatus.failure {
                lines.append((failure.cause(lang).map { UIText.quitNotSavedBecause(lang, $0) } ?? UIText.quitNotSaved(lang), .error))
                lines.append((UIText.quitUnsavedLoss(lang), .normal))
                Dialog.draw(title: UIText.quitQuestion(lang), lines: lines, keys: UIText.quitUnsavedKeys(lang), in: body, into: &frame)
                return [KeyHint("Enter/S", UIText.saveElsewhereShort, priority: 0), KeyHint("!", UIText.quitAnyway, priority: 0),
                        KeyHint("Esc", UIText.keyBack, priority: 0)]
            }
            Dialog.draw(title: UIText.quitQuestion(lang), lines: lines, keys: UIText.confirmKeys(lang), in: body, into: &frame)
            return confirm
        case let .confirmRemove(target):
            let name = FormSubmission.removal(target, state: context.state, language: lang).name
            Dialog.draw(title: removeTitle(target, lang), lines: [(name, .title)], keys: UIText.confirmKeys(lang), in: body, into: &frame)
            return confirm
        case let .tour(step):
            let page = Tour.steps[step]
            var lines: [(String, StyleRole)] = [(page.text(lang), .normal)]
            if step == Tour.steps.count - 1, let path = session.path { lines.append((path, .accent)) }
            lines.append(("", .normal))
            lines.append(("\(step + 1)/\(Tour.steps.count)", .muted))
            Dialog.draw(title: page.title(lang), lines: lines, keys: Tour.keys(lang), in: body, into: &frame)
            return [KeyHint("Enter", next, priority: 0), KeyHint("Esc", skip, priority: 0)]
        case let .pickActor(from, filter, selected):
            let matches = actorMatches(from: from, filter: filter, in: context.state)
            var lines: [(String, StyleRole)] = [(find(lang) + filter + "▏", .busy)]
            lines += matches.prefix(10).enumerated().map { i, a in ((i == selected ? "▸ " : "  ") + NetworkBoard.label(a, width: 40), i == selected ? .selected : .normal) }
            if matches.isEmpty { lines.append((noActor(lang), .muted)) }
            let name = context.state.actor(from)?.fields.name ?? from
            Dialog.draw(title: relationFrom(lang).replacingOccurrences(of: "%@", with: name), lines: lines,
                        keys: pickActorKeys(lang), in: body, into: &frame)
            return [KeyHint("Enter", UIText.keyChoose, priority: 0), KeyHint("Esc", UIText.keyCancel, priority: 0)]
        case let .pickEarlier(list, selected):
            let lines = list.enumerated().map { i, s in
                ((i == selected ? "▸ " : "  ") + s.title + (s.date.isEmpty ? "" : " · " + s.date) + (s.region.isEmpty ? "" : " · " + s.region),
                 i == selected ? StyleRole.selected : .normal)
            }
            Dialog.draw(title: compareTitle(lang), lines: Array(lines.prefix(12)), keys: compareKeys(lang), in: body, into: &frame)
            return [KeyHint("Enter", compare, priority: 0), KeyHint("Esc", UIText.keyCancel, priority: 0)]
        case let .pickVoter(filter, selected):
            let matches = voterMatches(filter, in: context.state)
            let round = context.state.quadrantRounds.last
            var lines: [(String, StyleRole)] = [(find(lang) + filter + "▏", .busy)]
            let first = max(0, min(selected - 9, matches.count - 10))
            for (i, p) in matches.enumerated().dropFirst(first).prefix(10) {
                let mark = round?.ballot(of: p.id).map { $0.fromDevice ? "  " + VotingText.votedByPhoneMark(lang) : "  " + VotingText.voted(lang) } ?? ""
                lines.append(((i == selected ? "▸ " : "  ") + p.fields.name + mark, i == selected ? .selected : .normal))
            }
            if matches.isEmpty { lines.append((noParticipant(lang), .muted)) }
            Dialog.draw(title: VotingText.voteFor(lang), lines: lines, keys: pickActorKeys(lang), in: body, into: &frame)
            return [KeyHint("Enter", UIText.keyChoose, priority: 0), KeyHint("Esc", UIText.keyCancel, priority: 0)]
        case let .confirmVoteFor(id):
            let name = context.state.participant(id)?.fields.name ?? id.rawValue
            Dialog.draw(title: VotingText.voteFor(lang), lines: [(VotingText.votedByPhone(lang, name), .normal)], keys: UIText.confirmKeys(lang), in: body, into: &frame)
            return confirm
        case .confirmCloseRoom:
            Dialog.draw(title: closeRoomQuestion(lang), lines: [(closeRoomNote(lang), .normal)], keys: UIText.confirmKeys(lang), in: body, into: &frame)
            return confirm
        case .confirmNewCode:
            Dialog.draw(title: newCodeQuestion(lang), lines: [(newCodeNote(lang), .normal)], keys: UIText.confirmKeys(lang), in: body, into: &frame)
            return confirm
        case let .room(large):
            guard let room = context.room else { return [] }
            if large {
                frame.fill(Rect(x: 0, y: 0, width: frame.width, height: frame.height), style: .normal)
                RoomPanel.drawLarge(room, language: lang, in: Rect(x: 0, y: 0, width: frame.width, height: frame.height - 1), into: &frame)
            } else {
                RoomPanel.draw(room, language: lang, in: body, into: &frame)
            }
            return [KeyHint("P", UIText.roomLarge, priority: 0), KeyHint("M", UIText.roomClose, priority: 0),
                    KeyHint("N", newCode, priority: 1), KeyHint("Esc", UIText.keyBack, priority: 0)]
        case let .form(_, form):
            form.draw(in: body, language: lang, into: &frame)
            return [KeyHint("Tab", UIText.keyField, priority: 1, role: .navigation), KeyHint("Enter", UIText.keySave, priority: 0),
                    KeyHint("Esc", UIText.keyCancel, priority: 0)]
        }
    }

    /// "Feit verwijderen?" — the question names the kind of thing that goes.
    static func removeTitle(_ target: RemovalTarget, _ lang: Language) -> String {
        switch target {
        case .participant: UIText.removeQuestion(lang)
        case let .item(kind, _):
            removeQuestion(lang).replacingOccurrences(of: "%C", with: capitalised(ItemText.noun(kind)(lang)))
                .replacingOccurrences(of: "%@", with: ItemText.noun(kind)(lang))
        }
    }

    private static func capitalised(_ word: String) -> String { word.prefix(1).uppercased() + word.dropFirst() }
}
