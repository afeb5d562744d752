import RoutekaartCore

/// One CSV table per kind of thing the room produced.
public enum CSVExporter {
    public enum Table: String, CaseIterable, Sendable {
        case participants, facts, interests, agenda, votes, scores, results, actors, relations, agreements, commitments
    }

    public static func render(_ o: Outcome, table: Table, dialect: CSVDialect, raw: Bool) -> String {
        let (header, rows) = contents(o, table, dialect)
        let lines = ([header] + rows).map { row in row.joined(separator: dialect.separator) }
        return (dialect == .excelNL ? "\u{FEFF}" : "") + lines.joined(separator: "\r\n") + "\r\n"

        func cell(_ s: String) -> String { CSVCell.text(s, dialect: dialect, raw: raw) }
        func contents(_ o: Outcome, _ table: Table, _ dialect: CSVDialect) -> ([String], [[String]]) {
            let num = { (v: Double?) in CSVCell.number(v, dialect: dialect) }
            switch table {
            case .participants where o.session.anonymised:
                return (["code", "helix"], o.participants.map { [$0.name, $0.helix].map(cell) })
            case .participants:
                return (["id", "name", "organisation", "helix", "role"],
                        o.participants.map { [$0.id, $0.name, $0.organisation, $0.helix, $0.role].map(cell) })
            case .votes:
                return (["round", "kind", "style", "voter", "presterend", "netwerkend", "rechtmatig", "responsief"],
                        o.quadrant.rounds.flatMap { r in
                            r.votes.map { v in [r.id, r.kind, r.style, v.voter ?? ""].map(cell) + [v.presterend, v.netwerkend, v.rechtmatig, v.responsief].map(String.init) }
                        })
            case .scores:
                return (["round", "row", "indicator", "value"],
                        o.weefsel.rounds.flatMap { r in r.scores.map { [r.id, $0.row, $0.indicator].map(cell) + ["\($0.value)"] } })
            case .results:
                // The program's own figures, as numbers: per visible round the quadrants' dots and
                // percentages, and the weefsel statistics per element and indicator.
                let quadrants = o.quadrant.rounds.filter { !$0.hidden }.flatMap { r in
                    Quadrant.allCases.map { q in
                        [r.id, "quadrant", q.rawValue, cell(o.quadrant.names[q.rawValue] ?? q.rawValue), "", "", "", "\(r.ballots)", "", "",
                         "\(r.counts[q.rawValue] ?? 0)", "\(r.percentages[q.rawValue] ?? 0)"]
                    }
                }
                let weefsel = o.weefsel.rounds.filter { !$0.hidden }.flatMap { r in
                    (r.elements.map { ("element", $0) } + r.indicators.map { ("indicator", $0) }).map { what, s in
                        [r.id, what, s.id, cell(s.name), num(s.mean), num(s.median), num(s.spread), "\(s.scores)", "\(s.unknown)", s.divided ? "1" : "0", "", ""]
                    }
                }
                return (["round", "what", "id", "name", "mean", "median", "spread", "n", "dont_know", "divided", "dots", "percentage"], quadrants + weefsel)
            case .actors:
                return (["id", "name", "kind", "helix", "own_municipality", "person", "participant", "interests", "strength", "ring", "could_own", "relations", "betweenness", "x", "y", "notes"],
                        o.network.actors.map { a in
                            [a.id, a.name, a.kind, a.helix, a.ownMunicipality ? "1" : "0", a.person, a.participant ?? "", a.interests, a.strength].map(cell)
                                + ["\(a.ring)", a.couldOwn ? "1" : "0", "\(a.relations)", num(a.betweenness), "\(a.x)", "\(a.y)", cell(a.notes)]
                        })
            case .relations:
                return (["id", "from", "to", "strength", "quality", "formal", "note"],
                        o.network.relations.map { [$0.id, $0.fromName, $0.toName, $0.strength, $0.quality, $0.formal ? "1" : "0", $0.note].map(cell) })
            case .facts:
                return (["id", "indicator", "value", "unit", "area", "source", "date", "assumed", "example", "older_than_a_year"],
                        o.facts.map { [$0.id, $0.indicator, $0.value, $0.unit, $0.area, $0.source, $0.date, $0.assumed].map(cell) + [$0.example ? "1" : "0", $0.old ? "1" : "0"] })
            case .interests:
                return (["id", "party", "interest"], o.challenge.interests.map { [$0.id, $0.party, $0.interest].map(cell) })
            case .agenda:
                return (["rank", "id", "text", "dots"], o.challenge.agenda.map { ["\($0.rank)"] + [$0.id, $0.text].map(cell) + ["\($0.dots)"] })
            case .commitments:
                return (["id", "who", "what", "by_when", "own_example"],
                        o.commitments.map { [$0.id, $0.who, $0.what, $0.byWhen].map(cell) + [$0.ownExample ? "1" : "0"] })
            case .agreements:
                return (["id", "what", "towards", "form", "frequency", "owner"],
                        o.legitimacy.agreements.map { [$0.id, $0.what, $0.towards, $0.form, $0.frequency, $0.owner].map(cell) })
            }
        }
    }
}
