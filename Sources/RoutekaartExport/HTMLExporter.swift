import RoutekaartCore

/// One self-contained HTML page: no scripts, no outside resources, a Content Security
/// Policy, an A4 print stylesheet, and the three charts as inline SVG, each with a title
/// and a text equivalent. Every user text is escaped.
public enum HTMLExporter {
    public static func render(_ o: Outcome, language lang: Language) -> String {
        func t(_ nl: String, _ en: String) -> String { ReportText.t(nl, en, lang) }
        let e = HTMLText.wrappable  // body text; the <title> below is escaped only
        var body: [String] = []
        body.append("<header><h1>\(e(o.session.title))</h1><p>" + [o.session.region, o.session.date, o.session.facilitator].filter { !$0.isEmpty }.map(e).joined(separator: " · ") + "</p></header>")
        body.append(section(SummaryText.heading(lang), id: "kort", summary(o.summary, lang)))

        body.append(section(t("Deelnemers", "Participants"), id: "deelnemers", o.participants.isEmpty ? "<p>" + t("Geen deelnemers vastgelegd.", "No participants recorded.") + "</p>"
            : table(.participants(o, lang))))
        body.append(section(t("Routekaart", "Route map"), id: "routekaart", table(.route(o, lang))))

        let captured: [(id: String, content: String?)] = [
            ("feiten", facts(o, lang)), ("opgave", challenge(o, lang)), ("domeinen", domains(o, lang)),
            ("netwerk", networkFigure(o, lang) + networkTables(o, lang)), ("kwadranten", quadrantFigure(o, lang) + quadrantText(o, lang)),
            ("legitimeren", legitimacy(o, lang)), ("weefsel", weefselFigure(o, lang)), ("verbinden", connections(o, lang)), ("reflectie", reflection(o, lang)),
        ]
        for (number, part) in zip(1..., captured) {
            guard let content = part.content, let w = Method.wegwijzer(number) else { continue }
            body.append(section("\(number). " + w.title(lang), id: part.id, content))
        }
        let notes = o.wegwijzers.filter { !$0.notes.isEmpty }
        if !notes.isEmpty {
            body.append(section(t("Notities per wegwijzer", "Notes per signpost"), id: "notities",
                notes.map { "<h3>\($0.number). \(e($0.title))" + ($0.notesFromScenario ? " <small>(" + e(ReportText.fromScenario(lang)) + ")</small>" : "") + "</h3>"
                    + paragraphs($0.notes) }.joined()))
        }
        body.append(section(t("Actielijst", "Action list"), id: "acties", o.commitments.isEmpty
            ? "<p>" + t("Nog geen toezeggingen vastgelegd.", "No commitments recorded yet.") + "</p>"
            : table(.commitments(o, lang))))

        return """
        <!DOCTYPE html>
        <html lang="\(lang.rawValue)">
        <head>
        <meta charset="utf-8">
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(HTMLText.escape(o.session.title))</title>
        <style>\(style)</style>
        </head>
        <body>
        \(body.joined(separator: "\n"))
        </body>
        </html>

        """
    }

    static let style = """
    body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1b1b1b;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.4}\
    h1{font-size:1.8rem;margin-bottom:.2rem}h2{border-bottom:2px solid #1b1b1b;padding-bottom:.2rem;margin-top:2rem}\
    table{border-collapse:collapse;width:100%;margin:.5rem 0;font-size:.9rem}th,td{border:1px solid #999;padding:.25rem .4rem;text-align:left;vertical-align:top}\
    th{background:#eee}figure{margin:1rem 0}figcaption{font-size:.9rem;color:#333}svg{max-width:100%;height:auto;border:1px solid #ccc;background:#fff}\
    .divided{font-weight:bold}td,th,p,li,dd,dt,h1,h2,h3,figcaption{overflow-wrap:break-word}\
    dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem}dt{font-weight:bold}dd{margin:0}dd ol{margin:0;padding-left:1.2rem}\
    @page{size:A4;margin:18mm}@media print{body{margin:0;max-width:none;font-size:10pt}thead{display:table-header-group}\
    tr,figure,svg,dl{break-inside:avoid}h2,h3{break-after:avoid}#kort{break-after:page}}
    """

    /// "De uitkomst in het kort": a definition list, then the actions.
    static func summary(_ s: Outcome.Summary, _ lang: Language) -> String {
        let e = HTMLText.wrappable
        guard !s.isEmpty else { return "<p>" + e(SummaryText.nothingYet(lang)) + "</p>" }
        var items: [(LocalizedText, String)] = []
        if let c = s.challenge { items.append((SummaryText.challenge, e(c))) }
        if !s.agenda.isEmpty {
            items.append((SummaryText.agenda, "<ol>" + s.agenda.map { "<li>" + e($0.text) + " (" + e(SummaryText.dots($0.dots, lang)) + ")</li>" }.joined() + "</ol>"))
        }
        if let n = s.network { items.append((SummaryText.network, e(n))) }
        if let st = s.steering { items.append((SummaryText.steering, e(st))) }
        if let w = s.weefsel { items.append((SummaryText.weefsel, e(w))) }
        if s.accountabilityAgreements > 0 { items.append((SummaryText.accountability, e(SummaryText.agreements(s.accountabilityAgreements, lang)))) }
        var html = "<dl>" + items.map { "<dt>" + e($0.0(lang)) + "</dt><dd>" + $0.1 + "</dd>" }.joined() + "</dl>"
        if !s.actions.isEmpty {
            html += "<h3>" + e(SummaryText.actions(lang)) + "</h3>"
                + table([SummaryText.who(lang), SummaryText.what(lang), SummaryText.byWhen(lang)], s.actions.map { [$0.who, $0.what, WorkshopDate.shown($0.byWhen, lang)] })
        }
        return html
    }

    static func section(_ title: String, id: String, _ content: String) -> String {
        "<section id=\"\(id)\"><h2>\(HTMLText.escape(title))</h2>\(content)</section>"
    }

    static func table(_ t: ReportTable) -> String { table(t.header, t.rows) }

    static func table(_ header: [String], _ rows: [[String]]) -> String {
        "<table><thead><tr>" + header.map { "<th>\(HTMLText.escape($0))</th>" }.joined() + "</tr></thead><tbody>"
            + rows.map { "<tr>" + $0.map { "<td>\(HTMLText.wrappable($0))</td>" }.joined() + "</tr>" }.joined() + "</tbody></table>"
    }

    static func paragraphs(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: true).map { "<p>\(HTMLText.wrappable(String($0)))</p>" }.joined()
    }

    static func svgText(_ x: Double, _ y: Double, _ text: String, size: Double, anchor: String = "middle", weight: String = "normal", fill: String = "#1b1b1b") -> String {
        "<text x=\"\(Format.decimal(x))\" y=\"\(Format.decimal(y))\" font-size=\"\(Format.decimal(size))\" text-anchor=\"\(anchor)\" font-weight=\"\(weight)\" fill=\"\(fill)\">\(HTMLText.escape(text))</text>"
    }

    // MARK: What each wegwijzer captured (nil: nothing, the section is left out)

    static func facts(_ o: Outcome, _ lang: Language) -> String? {
        guard !o.facts.isEmpty else { return nil }
        return table(.facts(o, lang))
    }

    static func challenge(_ o: Outcome, _ lang: Language) -> String? {
        func t(_ nl: String, _ en: String) -> String { ReportText.t(nl, en, lang) }
        let e = HTMLText.wrappable
        guard !o.challenge.isEmpty else { return nil }
        var parts = o.challenge.statement.isEmpty ? "" : "<p><strong>" + e(t("De gedeelde opgave: ", "The shared challenge: ")) + "</strong>" + e(o.challenge.statement) + "</p>"
        if !o.challenge.interests.isEmpty {
            parts += "<h3>" + e(t("Belangen per partij", "Interests per party")) + "</h3>" + table(.interests(o, lang))
        }
        if !o.challenge.agenda.isEmpty {
            parts += "<h3>" + e(t("Aantrekkelijke agenda", "Attractive agenda")) + "</h3>" + agendaFigure(o, lang) + table(.agenda(o, lang))
        }
        if !o.challenge.recalibration.isEmpty {
            parts += "<p><strong>" + e(t("Volgende herijking: ", "Next re-calibration: ")) + "</strong>" + e(WorkshopDate.shown(o.challenge.recalibration, lang)) + "</p>"
        }
        return parts
    }

    static func domains(_ o: Outcome, _ lang: Language) -> String? {
        func t(_ nl: String, _ en: String) -> String { ReportText.t(nl, en, lang) }
        guard !o.domains.items.isEmpty else { return nil }
        var tables = table(.domains(o, lang))
        if !o.domains.links.isEmpty { tables += table(.domainLinks(o, lang)) }
        if !o.domains.missingCoreLinks.isEmpty {
            tables += "<p>⚠ " + HTMLText.wrappable(t("Ontbrekende verbinding: ", "Missing link: ") + o.domains.missingCoreLinks.joined(separator: ", ")) + "</p>"
        }
        return tables
    }

    static func legitimacy(_ o: Outcome, _ lang: Language) -> String? {
        let e = HTMLText.wrappable
        guard !o.legitimacy.agreements.isEmpty || !o.legitimacy.constituencies.isEmpty else { return nil }
        return "<ul>" + o.legitimacy.constituencies.map { "<li>\(e($0.name))" + ($0.note.isEmpty ? "" : ": \(e($0.note))") + "</li>" }.joined() + "</ul>"
            + table(.agreements(o, lang))
    }

    static func connections(_ o: Outcome, _ lang: Language) -> String? {
        func t(_ nl: String, _ en: String) -> String { ReportText.t(nl, en, lang) }
        guard !o.connections.isEmpty else { return nil }
        return table([t("Soort", "Kind"), t("Voor", "For"), t("Wat", "What")],
                     o.connections.map { [ConnectionKind(rawValue: $0.kind).map { Method.name($0)(lang) } ?? $0.kind, $0.audience, $0.text] })
    }

    static func reflection(_ o: Outcome, _ lang: Language) -> String? {
        func t(_ nl: String, _ en: String) -> String { ReportText.t(nl, en, lang) }
        let e = HTMLText.wrappable
        guard !o.reflection.items.isEmpty || o.reflection.leadership != nil || !o.reflection.recalibration.isEmpty else { return nil }
        var parts = ReflectionKind.allCases.compactMap { kind -> String? in
            let items = o.reflection.items.filter { $0.kind == kind.rawValue }
            guard !items.isEmpty else { return nil }
            return "<h3>" + HTMLText.escape(Method.name(kind)(lang)) + "</h3><ul>" + items.map { "<li>" + e($0.text) + "</li>" }.joined() + "</ul>"
        }
        if let l = o.reflection.leadership, let style = LeadershipStyle(rawValue: l) {
            parts.append("<p><strong>" + e(t("Leiderschap dat nu past: ", "Leadership that fits now: ") + Method.name(style)(lang)) + "</strong> " + e(o.reflection.leadershipReason ?? "") + "</p>")
        }
        if !o.reflection.recalibration.isEmpty {
            parts.append("<p><strong>" + e(t("Volgende herijking: ", "Next re-calibration: ")) + "</strong>" + e(WorkshopDate.shown(o.reflection.recalibration, lang)) + "</p>")
        }
        return parts.joined()
    }

    // MARK: Agenda

    /// The agenda points as bars of their dots, most first.
    static func agendaFigure(_ o: Outcome, _ lang: Language) -> String {
        let agenda = o.challenge.agenda
        let most = Double(max(1, agenda.map(\.dots).max() ?? 1))
        let title = HTMLExporterText.agendaPointsRankedBy(lang)
        var svg = "<figure><svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 400 \(agenda.count * 16 + 10)\" width=\"620\" role=\"img\" aria-labelledby=\"agenda-titel\"><title id=\"agenda-titel\">"
            + HTMLText.escape(title) + "</title>"
        for (i, topic) in agenda.enumerated() {
            let y = Double(i * 16 + 14)
            let label = "\(topic.rank). " + (topic.text.count > 38 ? String(topic.text.prefix(37)) + "…" : topic.text)
            svg += svgText(190, y, label, size: 9, anchor: "end")
            svg += "<rect x=\"196\" y=\"\(Format.decimal(y - 9))\" width=\"\(Format.decimal(Double(topic.dots) / most * 160))\" height=\"10\" fill=\"#1b5e20\"/>"
            svg += svgText(362, y, "\(topic.dots)", size: 9, anchor: "start")
        }
        return svg + "</svg></figure>"
    }

    // MARK: Network

    static func networkFigure(_ o: Outcome, _ lang: Language) -> String {
        func t(_ nl: String, _ en: String) -> String { ReportText.t(nl, en, lang) }
        let title = t("Netwerkopstelling: de opgave in het midden, hoe dichterbij hoe meer betrokken", "Network constellation: the challenge in the middle, closer means more involved")
        var svg = ["<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"-110 -110 220 220\" width=\"560\" height=\"560\" role=\"img\" aria-labelledby=\"netwerk-titel\"><title id=\"netwerk-titel\">\(HTMLText.escape(title))</title>"]
        for ring in 1...5 {
            svg.append("<circle cx=\"0\" cy=\"0\" r=\"\(ring * 20)\" fill=\"none\" stroke=\"#bbb\" stroke-width=\"0.4\" stroke-dasharray=\"1.5 1.5\"/>")
            svg.append(svgText(Double(ring * 20) - 2, -1, "\(ring)", size: 4, fill: "#888"))
        }
        svg.append(svgText(0, 2, t("Opgave", "Challenge"), size: 6, weight: "bold"))
        let byID = Dictionary(uniqueKeysWithValues: o.network.actors.map { ($0.id, $0) })
        for r in o.network.relations {
            guard let a = byID[r.from], let b = byID[r.to] else { continue }
            let colour = r.quality == "vertrouwen" ? "#1a7f37" : r.quality == "spanning" ? "#c62828" : "#555"
            let dash = r.strength == "zwak" ? " stroke-dasharray=\"2 1.5\"" : ""
            let width = r.strength == "zwak" ? "0.6" : "1.2"
            svg.append("<line x1=\"\(a.x)\" y1=\"\(a.y)\" x2=\"\(b.x)\" y2=\"\(b.y)\" stroke=\"\(colour)\" stroke-width=\"\(width)\"\(dash)/>")
            let mark = r.quality == "vertrouwen" ? "+" : r.quality == "spanning" ? "!" : "="
            svg.append(svgText(Double(a.x + b.x) / 2, Double(a.y + b.y) / 2 + 1.5, mark, size: 5, weight: "bold", fill: colour))
        }
        for a in o.network.actors {
            let fill = a.ownMunicipality ? "#1b1b1b" : "#fff"
            svg.append("<circle cx=\"\(a.x)\" cy=\"\(a.y)\" r=\"2.5\" fill=\"\(fill)\" stroke=\"#1b1b1b\" stroke-width=\"0.6\"/>")
            svg.append(svgText(Double(a.x), Double(a.y) - 3.5, (a.ownMunicipality ? "★ " : "") + a.name, size: 4.2))
        }
        svg.append("</svg>")
        let a = o.network.analysis
        let caption = t("In woorden: ", "In words: ") + "\(o.network.actors.count) " + t("actoren en", "actors and") + " \(o.network.relations.count) " + t("relaties", "relations") + ". "
            + (a.isolated.isEmpty ? "" : t("Zonder relatie: ", "Without relations: ") + a.isolated.joined(separator: ", ") + ". ")
            + (a.bridges.isEmpty ? "" : t("Bruggen: ", "Bridges: ") + a.bridges.joined(separator: ", ") + ". ")
            + (a.missingHelix.isEmpty ? "" : t("Niet aan tafel: ", "Not at the table: ") + a.missingHelix.map { ReportText.helix($0, lang) }.joined(separator: ", ") + ". ")
            + t("Lijnen: doorgetrokken = sterk, gestippeld = zwak; + vertrouwen, = neutraal, ! spanning.", "Lines: solid = strong, dashed = weak; + trust, = neutral, ! tension.")
        return "<figure>" + svg.joined() + "<figcaption>\(HTMLText.escape(caption))</figcaption></figure>"
    }

    static func networkTables(_ o: Outcome, _ lang: Language) -> String {
        guard !o.network.actors.isEmpty else { return "" }
        return table(.actors(o, lang)) + (o.network.relations.isEmpty ? "" : table(.relations(o, lang)))
    }

    // MARK: Quadrants

    static func quadrantFigure(_ o: Outcome, _ lang: Language) -> String {
        func t(_ nl: String, _ en: String) -> String { ReportText.t(nl, en, lang) }
        let now = o.quadrant.rounds.last { $0.kind == "nu" && !$0.hidden }
        let desired = o.quadrant.rounds.last { $0.kind == "gewenst" && !$0.hidden }
        let title = t("Kwadrantenmodel: stemmen nu en gewenst", "Quadrant model: votes now and desired")
        var svg = ["<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 470 300\" width=\"660\" height=\"421\" role=\"img\" aria-labelledby=\"kwadrant-titel\"><title id=\"kwadrant-titel\">\(HTMLText.escape(title))</title>"]
        svg.append(svgText(167, 16, Method.Axis.left(lang), size: 10, fill: "#555"))
        svg.append(svgText(357, 16, Method.Axis.right(lang), size: 10, fill: "#555"))
        svg.append(svgText(36, 92, Method.Axis.top(lang), size: 10, fill: "#555"))
        svg.append(svgText(36, 222, Method.Axis.bottom(lang), size: 10, fill: "#555"))
        let leader = (desired ?? now)?.leaders.first
        var words: [String] = []
        for info in Method.quadrants {
            let x = 74 + Double(info.placement.column) * 190, y = 24 + Double(info.placement.row) * 130
            let isLeader = info.quadrant.rawValue == leader
            svg.append("<rect x=\"\(Format.decimal(x))\" y=\"\(Format.decimal(y))\" width=\"185\" height=\"125\" fill=\"\(isLeader ? "#eef6ee" : "#fafafa")\" stroke=\"#1b1b1b\" stroke-width=\"\(isLeader ? 2.5 : 1)\"/>")
            svg.append(svgText(x + 8, y + 20, "\(info.letter)  " + info.name(lang) + (isLeader ? "  ◆" : ""), size: 10.5, anchor: "start", weight: "bold"))
            var line = y + 42
            var said: [String] = []
            for (round, label) in [(now, Method.name(.current)(lang)), (desired, Method.name(.desired)(lang))] {
                guard let round else { continue }
                let count = round.counts[info.quadrant.rawValue] ?? 0, pct = round.percentages[info.quadrant.rawValue] ?? 0
                svg.append(svgText(x + 8, line, "\(label): \(count) · " + Format.percent(pct, lang), size: 10, anchor: "start"))
                svg.append("<rect x=\"\(Format.decimal(x + 8))\" y=\"\(Format.decimal(line + 4))\" width=\"\(Format.decimal(Double(pct) * 1.6))\" height=\"6\" fill=\"\(label == Method.name(.current)(lang) ? "#9aa" : "#1b5e20")\"/>")
                said.append("\(label) " + Format.percent(pct, lang))
                line += 28
            }
            if let n = now, let d = desired {
                let a = n.percentages[info.quadrant.rawValue] ?? 0, b = d.percentages[info.quadrant.rawValue] ?? 0
                let arrow = b > a ? "▲ +\(b - a)" : b < a ? "▼ −\(a - b)" : "="
                svg.append(svgText(x + 177, y + 98, arrow, size: 11, anchor: "end", weight: "bold", fill: b > a ? "#1a7f37" : b < a ? "#c62828" : "#555"))
            }
            words.append(info.name(lang) + (said.isEmpty ? "" : ": " + said.joined(separator: ", ")))
        }
        svg.append("</svg>")
        let caption = t("In woorden: ", "In words: ") + (now == nil && desired == nil ? t("nog geen (zichtbare) stemronde.", "no (visible) voting round yet.") : words.joined(separator: "; ") + ".")
            + (leader.map { " " + t("Grootste: ", "Largest: ") + ReportText.quadrant($0, lang) + "." } ?? "")
        return "<figure>" + svg.joined() + "<figcaption>\(HTMLText.escape(caption))</figcaption></figure>"
    }

    static func quadrantText(_ o: Outcome, _ lang: Language) -> String {
        func t(_ nl: String, _ en: String) -> String { ReportText.t(nl, en, lang) }
        var out = ""
        if let e = o.quadrant.emphasis {
            out += "<p><strong>" + HTMLText.escape(t("Gekozen nadruk: ", "Chosen emphasis: ") + ReportText.quadrant(e, lang)) + "</strong> " + HTMLText.escape(o.quadrant.rationale ?? "") + "</p>"
        }
        if !o.quadrant.verbind.isEmpty {
            out += table([t("Kwadrant", "Quadrant"), t("Vraag", "Question"), t("Antwoord van de groep", "The group's answer")],
                         o.quadrant.verbind.map { [ReportText.quadrant($0.quadrant, lang), $0.question, $0.answer] })
        }
        return out
    }

    // MARK: Weefsel

    static func weefselFigure(_ o: Outcome, _ lang: Language) -> String {
        func t(_ nl: String, _ en: String) -> String { ReportText.t(nl, en, lang) }
        let round = o.weefsel.rounds.last { !$0.hidden }
        let title = t("Structuur, personen en weefsel rond de opgave", "Structure, persons and weefsel around the challenge")
        var svg = ["<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 400 300\" width=\"560\" height=\"420\" role=\"img\" aria-labelledby=\"weefsel-titel\"><title id=\"weefsel-titel\">\(HTMLText.escape(title))</title>"]
        svg.append("<polygon points=\"200,50 60,250 340,250\" fill=\"#f6f6f6\" stroke=\"#1b1b1b\" stroke-width=\"1.5\"/>")
        svg.append(svgText(200, 185, t("Opgave", "Challenge"), size: 13, weight: "bold"))
        let corners: [(WeefselElement, Double, Double)] = [(.structuur, 200, 22), (.personen, 60, 272), (.weefsel, 340, 272)]
        var words: [String] = []
        for (element, x, y) in corners {
            let s = round?.elements.first { $0.id == element.rawValue }
            let value = s?.mean.map { Format.mean($0, lang) + " ±" + Format.mean(s?.spread ?? 0, lang) } ?? "—"
            svg.append(svgText(x, y, Method.name(element)(lang), size: 12, weight: "bold"))
            svg.append(svgText(x, y + 14, value + ((s?.divided ?? false) ? " ≠" : ""), size: 11))
            words.append(Method.name(element)(lang) + " " + value + ((s?.divided ?? false) ? t(" (verdeeld)", " (divided)") : ""))
        }
        svg.append("</svg>")
        var bars = ""
        if let round {
            let rows = round.indicators
            bars = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 400 \(rows.count * 16 + 10)\" width=\"620\" role=\"img\" aria-labelledby=\"balken-titel\"><title id=\"balken-titel\">"
                + HTMLText.escape(t("Gemiddelde score per indicator (1–5)", "Mean score per indicator (1–5)")) + "</title>"
            for (i, s) in rows.enumerated() {
                let y = Double(i * 16 + 14)
                bars += svgText(150, y, s.name, size: 9, anchor: "end")
                if let m = s.mean {
                    bars += "<rect x=\"156\" y=\"\(Format.decimal(y - 9))\" width=\"\(Format.decimal(m / 5 * 180))\" height=\"10\" fill=\"\(s.divided ? "#b26a00" : "#1b5e20")\"/>"
                    bars += svgText(342, y, Format.mean(m, lang) + (s.divided ? " ≠" : ""), size: 9, anchor: "start", weight: s.divided ? "bold" : "normal")
                }
            }
            bars += "</svg>"
        }
        let caption = t("In woorden: ", "In words: ") + (round == nil ? t("nog geen (zichtbare) scores.", "no (visible) scores yet.") : words.joined(separator: "; ") + ". ")
            + (round == nil ? "" : t("≠ betekent dat de zaal verdeeld is.", "≠ means the room is divided."))
        var tableHTML = ""
        if let round {
            tableHTML = "<p>" + HTMLText.escape(ReportText.weefselScale(lang)) + "</p>"
                + table(.scores(round, lang))
        }
        let notes = o.weefsel.notes.map { n in
            "<h3>" + HTMLText.escape(WeefselElement(rawValue: n.element).map { Method.name($0)(lang) } ?? n.element) + "</h3>"
                + table([t("Wat gaat goed", "What goes well"), t("Wat moet anders", "What must change"), t("Wie pakt het op", "Who acts")], [[n.goesWell, n.mustChange, n.whoActs]])
        }.joined()
        let flag = o.weefsel.wrongWay ? "<p><strong>" + HTMLText.escape(t("Weefsel wijst de verkeerde kant op: ", "Weefsel points the wrong way: ")) + "</strong>" + HTMLText.escape(o.weefsel.wrongWayNote) + "</p>" : ""
        return "<figure>" + svg.joined() + bars + "<figcaption>\(HTMLText.escape(caption))</figcaption></figure>" + tableHTML + notes + flag
    }
}

/// The texts of this file, in Dutch and English.
enum HTMLExporterText {
    static let agendaPointsRankedBy = LocalizedText(nl: "Agendapunten op volgorde van stippen", en: "Agenda points ranked by dots")
}
