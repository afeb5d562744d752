import RoutekaartCore

/// The closing summary: per wegwijzer the key outcome in a line or two, then the action list.
enum SummaryScreen {
    static func keyHints() -> [KeyHint] {
        [KeyHint("↑↓", UIText.keyScroll, priority: 2), KeyHint("Esc", UIText.keyBack, priority: 1)]
    }

    static func handle(_ key: Key, view: inout AppView) -> [AppAction]? {
        switch key {
        case .up: view.summaryScroll = max(0, view.summaryScroll - 1)
        case .down: view.summaryScroll += 1
        default: return nil
        }
        return []
    }

    /// The key outcome of wegwijzer `n`, in words.
    static func outcome(_ n: Int, _ state: WorkshopState, _ lang: Language) -> String {
        let nl = lang == .nl
        func firstLine(_ text: String) -> String { text.split(separator: "\n").first.map(String.init) ?? "" }
        switch n {
        case 1 where !state.facts.isEmpty:
            let examples = state.facts.filter { $0.fields.example && $0.fields.value.isEmpty }.count
            let count = state.facts.count
            return "\(count) " + (nl ? (count == 1 ? "feit" : "feiten") : (count == 1 ? "fact" : "facts")) + (examples == 0 ? "" : ", \(examples) " + (nl ? "nog op te zoeken" : "still to look up"))
        case 2 where !state.challengeStatement.isEmpty || !state.interests.isEmpty || !state.agendaTopics.isEmpty:
            var parts: [String] = []
            if !state.challengeStatement.isEmpty { parts.append("“" + state.challengeStatement + "”") }
            if let top = AgendaTopic.ranked(state.agendaTopics).first { parts.append((nl ? "bovenaan: " : "on top: ") + top.text + " (\(top.dots))") }
            let (i, t) = (state.interests.count, state.agendaTopics.count)
            parts.append("\(i) " + (nl ? (i == 1 ? "belang" : "belangen") : (i == 1 ? "interest" : "interests"))
                         + ", \(t) " + (nl ? (t == 1 ? "agendapunt" : "agendapunten") : (t == 1 ? "agenda point" : "agenda points")))
            return parts.joined(separator: "; ")
        case 3 where !state.domains.isEmpty:
            let links = state.domainLinks.count
            var parts = ["\(state.domains.count) " + (nl ? "domeinen" : "domains") + ", \(links) " + (nl ? (links == 1 ? "verbinding" : "verbindingen") : (links == 1 ? "link" : "links"))]
            let missing = state.missingCoreLinkLabels
            if !missing.isEmpty { parts.append("⚠ " + (nl ? "ontbrekend: " : "missing: ") + missing.joined(separator: ", ")) }
            return parts.joined(separator: "; ")
        case 4 where !state.actors.isEmpty:
            let a = NetworkAnalysis(actors: state.actors, relations: state.relations)
            func name(_ id: String) -> String { state.actor(id)?.fields.name ?? id }
            var parts = ["\(state.actors.count) " + (nl ? "actoren" : "actors") + ", \(state.relations.count) " + (nl ? "relaties" : "relations")]
            if let bridge = a.bridges.first { parts.append((nl ? "brug: " : "bridge: ") + name(bridge)) }
            if !a.missingHelix.isEmpty { parts.append((nl ? "niet aan tafel: " : "not at the table: ") + a.missingHelix.map { Method.name($0)(lang) }.joined(separator: ", ")) }
            return parts.joined(separator: "; ")
        case 5 where state.emphasis != nil || !state.quadrantRounds.isEmpty:
            var parts: [String] = []
            if let e = state.emphasis { parts.append((nl ? "nadruk: " : "emphasis: ") + Method.info(e.quadrant).name(lang)) }
            if let r = state.latestRound(.gewenst), r.isVisible, let leader = QuadrantTally(r).leaders.first {
                parts.append((nl ? "gewenst vooral " : "desired mostly ") + Method.info(leader).name(lang) + " (\(QuadrantTally(r).percentages[leader] ?? 0) %)")
            }
            parts.append("\(state.verbindAnswers.count) " + (nl ? "antwoorden bij borg en verbind" : "answers to secure and connect"))
            return parts.joined(separator: "; ")
        case 6 where !state.agreements.isEmpty || !state.constituencies.isEmpty:
            return "\(state.agreements.count) " + (nl ? "afspraken over verantwoording" : "accountability agreements") + ", \(state.constituencies.count) " + (nl ? "achterbannen" : "constituencies")
        case 7 where state.weefselRounds.last?.isVisible == true:
            let stats = WeefselStatistics(state.weefselRounds.last!)
            let parts = WeefselElement.allCases.map { e -> String in
                let s = stats.byElement[e]
                return Method.name(e)(lang) + " " + (s?.mean.map { Trend.format($0) } ?? "—") + ((s?.isDivided ?? false) ? " ≠" : "")
            }
            return parts.joined(separator: " · ") + (state.wrongWay.raised ? (nl ? " · weefsel wijst de verkeerde kant op" : " · weefsel points the wrong way") : "")
        case 8 where !state.connections.isEmpty:
            let differences = state.connections.filter { $0.kind.rawValue.hasPrefix("verschil") }.count
            let connects = state.connections.filter { $0.kind == .verbindt }.count
            let messages = state.connections.filter { $0.kind == .boodschap }.count
            return "\(differences) " + (nl ? "verschillen benoemd" : "differences named") + ", \(connects) " + (nl ? "wat verbindt" : "what connects") + ", \(messages) " + (nl ? "boodschappen" : "messages")
        case 9 where state.leadership != nil || !state.reflections.isEmpty || !state.recalibration.isEmpty:
            var parts = ["\(state.reflections.count) " + (nl ? "opmerkingen" : "remarks")]
            if let l = state.leadership { parts.append((nl ? "leiderschap: " : "leadership: ") + Method.name(l.style)(lang)) }
            if !state.recalibration.isEmpty { parts.append((nl ? "herijken: " : "re-calibrate: ") + state.recalibration) }
            return parts.joined(separator: "; ")
        case 10 where !state.commitments.isEmpty:
            return "\(state.commitments.count) " + (nl ? "toezeggingen (hieronder)" : "commitments (below)")
        default:
            return firstLine(state.notes(of: n))
        }
    }

    static func render(_ context: ScreenContext, in area: Rect, into frame: inout Frame) {
        let state = context.state
        let lang = context.language
        let nl = lang == .nl
        var lines: [(String, StyleRole)] = [((nl ? "Samenvatting — " : "Summary — ") + state.details.title, .title), ("", .normal)]
        for w in Method.wegwijzers {
            let status = state.status(of: w.number)
            lines.append(("\(w.number). " + w.title(lang) + "  " + StatusLook.label(status, lang), .heading))
            let text = outcome(w.number, state, lang)
            for line in TextWidth.wrap(text.isEmpty ? "—" : text, width: area.width - 6).prefix(2) { lines.append(("    " + line, text.isEmpty ? .muted : .normal)) }
        }
        lines.append(("", .normal))
        lines.append(((nl ? "Actielijst" : "Action list") + " (\(state.commitments.count))", .title))
        if state.commitments.isEmpty { lines.append((nl ? "    nog geen toezeggingen" : "    no commitments yet", .muted)) }
        for c in state.commitments {
            lines.append(("  " + (c.fields.ownExample ? "★ " : "• ") + c.fields.who + " — " + c.fields.what + (c.fields.byWhen.isEmpty ? "" : " (" + c.fields.byWhen + ")"), .normal))
        }
        let top = min(context.view.summaryScroll, max(0, lines.count - area.height))
        for (i, line) in lines.dropFirst(top).prefix(area.height).enumerated() {
            frame.put(line.0, x: area.x + 1, y: area.y + i, width: area.width - 2, style: line.1)
        }
    }
}
