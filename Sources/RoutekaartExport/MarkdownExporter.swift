import RoutekaartCore

/// A Markdown report: the session, who took part, the route with time spent, what was
/// captured per wegwijzer, and the agreements. All user text is escaped.
public enum MarkdownExporter {
    public static func render(_ o: Outcome, language lang: Language) -> String {
        func t(_ nl: String, _ en: String) -> String { ReportText.t(nl, en, lang) }
        let md = MarkdownText.inline
        var out: [String] = []
        out.append("# " + md(o.session.title))
        out.append("")
        var facts: [String] = []
        if !o.session.region.isEmpty { facts.append(t("Regio", "Region") + ": " + md(o.session.region)) }
        if !o.session.date.isEmpty { facts.append(t("Datum", "Date") + ": " + md(o.session.date)) }
        if !o.session.facilitator.isEmpty { facts.append(t("Begeleider", "Facilitator") + ": " + md(o.session.facilitator)) }
        if o.session.anonymised { facts.append(t("Namen van deelnemers zijn vervangen door P1, P2 …", "Participants' names are replaced by P1, P2 …")) }
        out += facts.map { "- " + $0 }
        out += summary(o.summary, lang)

        out += ["", "## " + t("Deelnemers", "Participants"), ""]
        if o.participants.isEmpty {
            out.append(t("Geen deelnemers vastgelegd.", "No participants recorded."))
        } else {
            out.append(table(.participants(o, lang)))
        }

        out += ["", "## " + t("Routekaart", "Route map"), ""]
        out.append(table(.route(o, lang)))

        let sections = CapturedMarkdown(o: o, lang: lang)
        for w in o.wegwijzers {
            let captured = sections.section(w.number)
            guard !w.notes.isEmpty || !captured.isEmpty else { continue }
            out += ["", "## \(w.number). " + md(w.title) + " (" + ReportText.status(w.status, lang) + ")"]
            if !w.notes.isEmpty {
                out += ["", "### " + t("Notities", "Notes") + (w.notesFromScenario ? " (" + ReportText.fromScenario(lang) + ")" : ""), "", MarkdownText.block(w.notes)]
            }
            out += captured
        }

        out += ["", "## " + t("Actielijst", "Action list"), ""]
        if o.commitments.isEmpty {
            out.append(t("Nog geen toezeggingen vastgelegd.", "No commitments recorded yet."))
        } else {
            out.append(table(.commitments(o, lang)))
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// "De uitkomst in het kort": the summary as a list, the actions as a table.
    static func summary(_ s: Outcome.Summary, _ lang: Language) -> [String] {
        let md = MarkdownText.inline
        var out = ["", "## " + SummaryText.heading(lang), ""]
        guard !s.isEmpty else { return out + [SummaryText.nothingYet(lang)] }
        func item(_ label: LocalizedText, _ text: String) { out.append("- **" + label(lang) + "**: " + text) }
        if let c = s.challenge { item(SummaryText.challenge, md(c)) }
        if !s.agenda.isEmpty {
            item(SummaryText.agenda, s.agenda.enumerated().map { i, p in "\(i + 1)\\. " + md(p.text) + " (" + SummaryText.dots(p.dots, lang) + ")" }.joined(separator: "; "))
        }
        if let n = s.network { item(SummaryText.network, md(n)) }
        if let st = s.steering { item(SummaryText.steering, md(st)) }
        if let w = s.weefsel { item(SummaryText.weefsel, md(w)) }
        if s.accountabilityAgreements > 0 {
            item(SummaryText.accountability, SummaryText.agreements(s.accountabilityAgreements, lang))
        }
        if !s.actions.isEmpty {
            out += ["", "**" + SummaryText.actions(lang) + "**", "",
                    table([SummaryText.who(lang), SummaryText.what(lang), SummaryText.byWhen(lang)], s.actions.map { [$0.who, $0.what, WorkshopDate.shown($0.byWhen, lang)] })]
        }
        return out
    }

    static func table(_ t: ReportTable) -> String { table(t.header, t.rows) }

    /// A table; cells are escaped and kept on one line.
    static func table(_ header: [String], _ rows: [[String]]) -> String {
        let line = { (cells: [String]) in "| " + cells.map { MarkdownText.inline($0) }.joined(separator: " | ") + " |" }
        return ([line(header), "|" + header.map { _ in " --- |" }.joined()] + rows.map(line)).joined(separator: "\n")
    }
}

/// What the room captured under each wegwijzer, as Markdown lines (none when nothing was).
private struct CapturedMarkdown {
    let o: Outcome
    let lang: Language

    func t(_ nl: String, _ en: String) -> String { ReportText.t(nl, en, lang) }
    func md(_ text: String) -> String { MarkdownText.inline(text) }
    func table(_ t: ReportTable) -> String { MarkdownExporter.table(t) }

    func section(_ number: Int) -> [String] {
        switch number {
        case 1: facts()
        case 2: challenge()
        case 3: domains()
        case 4: network()
        case 5: quadrant()
        case 6: legitimacy()
        case 7: weefsel()
        case 8: connections()
        case 9: reflection()
        default: []
        }
    }

    func facts() -> [String] {
        guard !o.facts.isEmpty else { return [] }
        return ["", "### " + t("Feiten", "Facts"), "",
                table(.facts(o, lang))]
    }

    func challenge() -> [String] {
        guard !o.challenge.isEmpty else { return [] }
        var out: [String] = []
        if !o.challenge.statement.isEmpty { out += ["", "**" + t("De gedeelde opgave", "The shared challenge") + "**: " + md(o.challenge.statement)] }
        if !o.challenge.interests.isEmpty {
            out += ["", "### " + t("Belangen per partij", "Interests per party"), "", table(.interests(o, lang))]
        }
        if !o.challenge.agenda.isEmpty {
            out += ["", "### " + t("Aantrekkelijke agenda", "Attractive agenda"), "", table(.agenda(o, lang))]
        }
        if !o.challenge.recalibration.isEmpty { out += ["", "**" + t("Volgende herijking", "Next re-calibration") + "**: " + md(WorkshopDate.shown(o.challenge.recalibration, lang))] }
        return out
    }

    func domains() -> [String] {
        guard !o.domains.items.isEmpty else { return [] }
        var out = ["", "### " + t("Domeinen", "Domains"), "", table(.domains(o, lang))]
        if !o.domains.links.isEmpty {
            out += ["", table(.domainLinks(o, lang))]
        }
        if !o.domains.missingCoreLinks.isEmpty {
            out += ["", "⚠ " + t("Ontbrekende verbinding: ", "Missing link: ") + md(o.domains.missingCoreLinks.joined(separator: ", "))]
        }
        return out
    }

    func network() -> [String] {
        guard !o.network.actors.isEmpty else { return [] }
        var out = ["", "### " + t("Netwerk", "Network"), ""]
        out.append(table(.actors(o, lang)))
        if !o.network.relations.isEmpty {
            out += ["", table(.relations(o, lang))]
        }
        let a = o.network.analysis
        func names(_ list: [String]) -> String { list.isEmpty ? "—" : list.map(md).joined(separator: ", ") }
        out += ["", "### " + t("Wat het netwerk zegt", "What the network says"), ""]
        out.append("- " + t("Zonder relatie", "Without relations") + ": " + names(a.isolated))
        out.append("- " + t("Bruggen", "Bridges") + ": " + names(a.bridges))
        out.append("- " + t("Groepen", "Groups") + ": \(a.groups)")
        out.append("- " + t("Niet aan tafel", "Not at the table") + ": " + (a.missingHelix.isEmpty ? "—" : a.missingHelix.map { ReportText.helix($0, lang) }.joined(separator: ", ")))
        if !a.possibleOwners.isEmpty { out.append("- " + t("Mogelijke eigenaar", "Could own it") + ": " + names(a.possibleOwners)) }
        return out
    }

    func quadrant() -> [String] {
        guard !o.quadrant.rounds.isEmpty || o.quadrant.emphasis != nil else { return [] }
        var out = ["", "### " + t("Stemrondes", "Voting rounds"), ""]
        for r in o.quadrant.rounds {
            out.append("- " + t("Ronde", "Round") + " \(r.id) (" + ReportText.roundKind(r.kind, lang) + "): " + (r.hidden
                ? t("verborgen (blind, niet onthuld)", "hidden (blind, not revealed)")
                : Quadrant.allCases.map { q in ReportText.quadrant(q.rawValue, lang) + " \(r.counts[q.rawValue] ?? 0) (" + Format.percent(r.percentages[q.rawValue] ?? 0, lang) + ")" }.joined(separator: ", ")
                    + " — " + r.agreement))
        }
        if let e = o.quadrant.emphasis {
            out += ["", "### " + t("Gekozen nadruk", "Chosen emphasis"), "", "**" + md(ReportText.quadrant(e, lang)) + "**: " + md(o.quadrant.rationale ?? "")]
        }
        if !o.quadrant.verbind.isEmpty {
            out += ["", "### " + t("Borg en verbind", "Secure and connect"), ""]
            out += o.quadrant.verbind.map { "- " + md(ReportText.quadrant($0.quadrant, lang)) + " — " + md($0.question) + " " + md($0.answer) }
        }
        return out
    }

    func legitimacy() -> [String] {
        var out: [String] = []
        if !o.legitimacy.constituencies.isEmpty {
            out += ["", "### " + t("Achterbannen", "Constituencies"), ""] + o.legitimacy.constituencies.map { "- " + md($0.name) + ($0.note.isEmpty ? "" : ": " + md($0.note)) }
        }
        if !o.legitimacy.agreements.isEmpty {
            out += ["", "### " + t("Afspraken over verantwoording", "Accountability agreements"), "", table(.agreements(o, lang))]
        }
        return out
    }

    func weefsel() -> [String] {
        var out: [String] = []
        if let r = o.weefsel.rounds.last {
            out += ["", "### " + t("Scores", "Scores") + " (\(r.id))", ""]
            if r.hidden {
                out.append(t("Verborgen (blind, niet onthuld).", "Hidden (blind, not revealed)."))
            } else {
                out.append(ReportText.weefselScale(lang))
                out.append("")
                out.append(table(.scores(r, lang)))
            }
        }
        for n in o.weefsel.notes {
            out += ["", "### " + md(WeefselElement(rawValue: n.element).map { Method.name($0)(lang) } ?? n.element), "",
                    "- " + t("Wat gaat goed", "What goes well") + ": " + md(n.goesWell),
                    "- " + t("Wat moet anders", "What must change") + ": " + md(n.mustChange),
                    "- " + t("Wie pakt het op", "Who acts") + ": " + md(n.whoActs)]
        }
        if o.weefsel.wrongWay {
            out += ["", "**" + t("Weefsel wijst de verkeerde kant op", "Weefsel points the wrong way") + "**: " + md(o.weefsel.wrongWayNote)]
        }
        return out
    }

    func connections() -> [String] {
        guard !o.connections.isEmpty else { return [] }
        return ["", "### " + t("Verschillen en wat verbindt", "Differences and what connects"), ""] + o.connections.map { c in
            let kind = ConnectionKind(rawValue: c.kind).map { Method.name($0)(lang) } ?? c.kind
            return "- " + md(kind) + (c.audience.isEmpty ? "" : " (" + md(c.audience) + ")") + ": " + md(c.text)
        }
    }

    func reflection() -> [String] {
        var out: [String] = []
        for kind in ReflectionKind.allCases {
            let items = o.reflection.items.filter { $0.kind == kind.rawValue }
            guard !items.isEmpty else { continue }
            out += ["", "### " + Method.name(kind)(lang), ""] + items.map { "- " + md($0.text) }
        }
        if let l = o.reflection.leadership, let style = LeadershipStyle(rawValue: l) {
            out += ["", "**" + t("Leiderschap dat nu past", "Leadership that fits now") + "**: " + Method.name(style)(lang)
                    + ((o.reflection.leadershipReason ?? "").isEmpty ? "" : " — " + md(o.reflection.leadershipReason ?? ""))]
        }
        if !o.reflection.recalibration.isEmpty {
            out += ["", "**" + t("Volgende herijking", "Next re-calibration") + "**: " + md(WorkshopDate.shown(o.reflection.recalibration, lang))]
        }
        return out
    }
}
