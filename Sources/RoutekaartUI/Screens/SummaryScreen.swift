import RoutekaartCore

/// The closing summary: per wegwijzer the key outcome in a line or two, then the action list.
enum SummaryScreen {
    static func keyHints() -> [KeyHint] {
        [KeyHint("↑↓", UIText.keyScroll, priority: 2), KeyHint("Esc", UIText.keyBack, priority: 1, role: .navigation)]
    }

    static func handle(_ key: Key, view: inout UIState) -> [AppAction]? {
        switch key {
        case .up: view.summaryScroll = max(0, view.summaryScroll - 1)
        case .down: view.summaryScroll += 1
        default: return nil
        }
        return []
    }

    /// The key outcome of wegwijzer `n`, in words.
    static func outcome(_ n: Int, _ state: WorkshopState, _ lang: Language) -> String {
        func firstLine(_ text: String) -> String { text.split(separator: "\n").first.map(String.init) ?? "" }
        switch n {
        case 1 where !state.facts.isEmpty:
            let examples = state.facts.filter { $0.fields.example && $0.fields.value.isEmpty }.count
            let count = state.facts.count
            return SummaryText.facts(count, lang) + (examples == 0 ? "" : ", \(examples) " + SummaryText.stillToLookUp(lang))
        case 2 where !state.challengeStatement.isEmpty || !state.interests.isEmpty || !state.agendaTopics.isEmpty:
            var parts: [String] = []
            if !state.challengeStatement.isEmpty { parts.append("“" + state.challengeStatement + "”") }
            if let top = AgendaTopic.ranked(state.agendaWithPhoneDots).first { parts.append(SummaryText.onTop(lang) + top.text + " (\(top.dots))") }
            let (i, t) = (state.interests.count, state.agendaTopics.count)
            parts.append(SummaryText.interests(i, lang) + ", " + SummaryText.agendaPoints(t, lang))
            return parts.joined(separator: "; ")
        case 3 where !state.domains.isEmpty:
            let links = state.domainLinks.count
            var parts = [SummaryText.domains(state.domains.count, lang) + ", " + SummaryText.links(links, lang)]
            let missing = state.missingCoreLinkLabels
            if !missing.isEmpty { parts.append("⚠ " + SummaryText.missing(lang) + missing.joined(separator: ", ")) }
            return parts.joined(separator: "; ")
        case 4 where !state.actors.isEmpty:
            let a = NetworkAnalysis.of(state.actors, state.relations)
            func name(_ id: String) -> String { state.actor(id)?.fields.name ?? id }
            var parts = [SummaryText.actors(state.actors.count, lang) + ", " + SummaryText.relations(state.relations.count, lang)]
            if let bridge = a.bridges.first { parts.append(SummaryText.bridge(lang) + name(bridge)) }
            if !a.missingHelix.isEmpty { parts.append(SummaryText.notAtTheTable(lang) + a.missingHelix.map { Method.name($0)(lang) }.joined(separator: ", ")) }
            return parts.joined(separator: "; ")
        case 5 where state.emphasis != nil || !state.quadrantRounds.isEmpty:
            var parts: [String] = []
            if let e = state.emphasis { parts.append(SummaryText.emphasis(lang) + Method.info(e.quadrant).name(lang)) }
            if let r = state.latestRound(.desired), r.isVisible, let leader = QuadrantTally(r).leaders.first {
                parts.append(SummaryText.desiredMostly(lang) + Method.info(leader).name(lang) + " (\(QuadrantTally(r).percentages[leader] ?? 0) %)")
            }
            parts.append(SummaryText.answersToSecureAnd(state.verbindAnswers.count, lang))
            return parts.joined(separator: "; ")
        case 6 where !state.agreements.isEmpty || !state.constituencies.isEmpty:
            return SummaryText.accountabilityAgreements(state.agreements.count, lang) + ", " + SummaryText.constituencies(state.constituencies.count, lang)
        case 7 where state.weefselRounds.last?.isVisible == true:
            let stats = WeefselStatistics(state.weefselRounds.last!)
            let parts = WeefselElement.allCases.map { e -> String in
                let s = stats.byElement[e]
                return Method.name(e)(lang) + " " + (s?.mean.map { Trend.format($0, lang) } ?? "—") + ((s?.isDivided ?? false) ? " ≠" : "")
            }
            return parts.joined(separator: " · ") + (state.wrongWay.raised ? SummaryText.weefselPointsTheWrong(lang) : "")
        case 8 where !state.connections.isEmpty:
            let differences = state.connections.filter { $0.kind.rawValue.hasPrefix("verschil") }.count
            let connects = state.connections.filter { $0.kind == .whatConnects }.count
            let messages = state.connections.filter { $0.kind == .message }.count
            return SummaryText.differencesNamed(differences, lang) + ", \(connects) " + SummaryText.whatConnects(lang) + ", " + SummaryText.messages(messages, lang)
        case 9 where state.leadership != nil || !state.reflections.isEmpty || !state.herijking.isEmpty:
            var parts = [SummaryText.remarks(state.reflections.count, lang)]
            if let l = state.leadership { parts.append(SummaryText.leadership(lang) + Method.name(l.style)(lang)) }
            if !state.herijking.isEmpty { parts.append(SummaryText.reCalibrate(lang) + WorkshopDate.shown(state.herijking, lang)) }
            return parts.joined(separator: "; ")
        case 10 where !state.commitments.isEmpty:
            return SummaryText.commitmentsBelow(state.commitments.count, lang)
        default:
            return firstLine(state.notes(of: n))
        }
    }

    static func render(_ context: ScreenContext, in area: Rect, into frame: inout Frame) {
        let state = context.state
        let lang = context.language
        var lines: [(String, StyleRole)] = [(SummaryText.summary(lang) + state.details.title, .title), ("", .normal)]
        for w in Method.wegwijzers {
            let status = state.status(of: w.number)
            lines.append(("\(w.number). " + w.title(lang) + "  " + StatusLook.label(status, lang), .heading))
            let text = outcome(w.number, state, lang)
            for line in TextWidth.wrap(text.isEmpty ? "—" : text, width: area.width - 6).prefix(2) { lines.append(("    " + line, text.isEmpty ? .muted : .normal)) }
        }
        lines.append(("", .normal))
        lines.append((SummaryText.actionList(lang) + " (\(state.commitments.count))", .title))
        if state.commitments.isEmpty { lines.append((SummaryText.noCommitmentsYet(lang), .muted)) }
        for c in state.commitments {
            lines.append(("  " + (c.fields.ownExample ? "★ " : "• ") + c.fields.who + " — " + c.fields.what + (c.fields.byWhen.isEmpty ? "" : " (" + WorkshopDate.shown(c.fields.byWhen, lang) + ")"), .normal))
        }
        let top = min(context.view.summaryScroll, max(0, lines.count - area.height))
        for (i, line) in lines.dropFirst(top).prefix(area.height).enumerated() {
            frame.put(line.0, x: area.x + 1, y: area.y + i, width: area.width - 2, style: line.1)
        }
    }
}

/// The texts of this file, in Dutch and English.
enum SummaryText {
    static let facts = CountedText(one: LocalizedText(nl: "feit", en: "fact"), other: LocalizedText(nl: "feiten", en: "facts"))
    static let interests = CountedText(one: LocalizedText(nl: "belang", en: "interest"), other: LocalizedText(nl: "belangen", en: "interests"))
    static let agendaPoints = CountedText(one: LocalizedText(nl: "agendapunt", en: "agenda point"), other: LocalizedText(nl: "agendapunten", en: "agenda points"))
    static let links = CountedText(one: LocalizedText(nl: "verbinding", en: "link"), other: LocalizedText(nl: "verbindingen", en: "links"))
    static let stillToLookUp = LocalizedText(nl: "nog op te zoeken", en: "still to look up")
    static let onTop = LocalizedText(nl: "bovenaan: ", en: "on top: ")
    static let domains = CountedText(one: LocalizedText(nl: "domein", en: "domain"), other: LocalizedText(nl: "domeinen", en: "domains"))
    static let missing = LocalizedText(nl: "ontbrekend: ", en: "missing: ")
    static let actors = CountedText(one: LocalizedText(nl: "actor", en: "actor"), other: LocalizedText(nl: "actoren", en: "actors"))
    static let relations = CountedText(one: LocalizedText(nl: "relatie", en: "relation"), other: LocalizedText(nl: "relaties", en: "relations"))
    static let bridge = LocalizedText(nl: "brug: ", en: "bridge: ")
    static let notAtTheTable = LocalizedText(nl: "niet aan tafel: ", en: "not at the table: ")
    static let emphasis = LocalizedText(nl: "nadruk: ", en: "emphasis: ")
    static let desiredMostly = LocalizedText(nl: "gewenst vooral ", en: "desired mostly ")
    static let answersToSecureAnd = CountedText(one: LocalizedText(nl: "antwoord bij borg en verbind", en: "answer to secure and connect"),
                                                other: LocalizedText(nl: "antwoorden bij borg en verbind", en: "answers to secure and connect"))
    static let accountabilityAgreements = CountedText(one: LocalizedText(nl: "afspraak over verantwoording", en: "accountability agreement"),
                                                      other: LocalizedText(nl: "afspraken over verantwoording", en: "accountability agreements"))
    static let constituencies = CountedText(one: LocalizedText(nl: "achterban", en: "constituency"), other: LocalizedText(nl: "achterbannen", en: "constituencies"))
    static let weefselPointsTheWrong = LocalizedText(nl: " · weefsel wijst de verkeerde kant op", en: " · weefsel points the wrong way")
    static let differencesNamed = CountedText(one: LocalizedText(nl: "verschil benoemd", en: "difference named"), other: LocalizedText(nl: "verschillen benoemd", en: "differences named"))
    static let whatConnects = LocalizedText(nl: "wat verbindt", en: "what connects")
    static let messages = CountedText(one: LocalizedText(nl: "boodschap", en: "message"), other: LocalizedText(nl: "boodschappen", en: "messages"))
    static let remarks = CountedText(one: LocalizedText(nl: "opmerking", en: "remark"), other: LocalizedText(nl: "opmerkingen", en: "remarks"))
    static let leadership = LocalizedText(nl: "leiderschap: ", en: "leadership: ")
    static let reCalibrate = LocalizedText(nl: "herijken: ", en: "re-calibrate: ")
    static let commitmentsBelow = CountedText(one: LocalizedText(nl: "toezegging (hieronder)", en: "commitment (below)"),
                                              other: LocalizedText(nl: "toezeggingen (hieronder)", en: "commitments (below)"))
    static let summary = LocalizedText(nl: "Samenvatting — ", en: "Summary — ")
    static let actionList = LocalizedText(nl: "Actielijst", en: "Action list")
    static let noCommitmentsYet = LocalizedText(nl: "    nog geen toezeggingen", en: "    no commitments yet")
}
