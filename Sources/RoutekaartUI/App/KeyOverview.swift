import RoutekaartCore

/// Every screen's keys, taken from the same hints the key bar and the help show, on the
/// demo workshop: what `routekaart keys` prints and what the manual page
/// routekaart-toetsen(1) is made of.
public enum KeyOverview {
    /// The keys of one screen or part of a screen.
    public struct Section {
        public let title: String
        public let keys: [(keys: String, label: String)]
        /// The hints themselves, with their roles.
        public let hints: [KeyHint]
        /// A screen of the workshop; the replay and the session list are programs of their own.
        public let inWorkshop: Bool
    }

    public static func sections(_ language: Language) -> [Section] {
        let state = demoState()
        func context(_ view: UIState) -> ScreenContext {
            ScreenContext(state: state, language: language, view: view, now: Timestamp(milliseconds: 0), utcOffsetSeconds: 0)
        }
        func section(_ title: LocalizedText, _ hints: [KeyHint], inWorkshop: Bool = true) -> Section {
            Section(title: title(language), keys: hints.map { ($0.keys(language), $0.label(language)) }, hints: hints, inWorkshop: inWorkshop)
        }
        var sections = [section(KeyOverviewText.everywhere, GlobalKeys.hints), section(KeyOverviewText.routeMap, OverviewScreen.keyHints())]
        var notes: [KeyHint] = []
        for wegwijzer in Method.wegwijzers {
            for (index, pane) in WegwijzerPanes.of(wegwijzer.number).enumerated() {
                var view = UIState()
                view.screen = .wegwijzer(wegwijzer.number)
                view.paneIndex[wegwijzer.number] = index
                let hints = WegwijzerScreen.keyHints(number: wegwijzer.number, view: view, context: context(view))
                if pane == NotesPane.self {
                    notes = hints  // the same on every wegwijzer: listed once
                } else {
                    sections.append(section(KeyOverviewText.wegwijzerPart(wegwijzer.number, pane.name), hints))
                }
            }
        }
        sections.append(section(NotesPane.name, notes))
        // The modes in which digits vote or score, and the laptop going round.
        for (title, number, mode) in Self.modes {
            var view = UIState()
            view.screen = .wegwijzer(number)
            mode(&view)
            sections.append(section(title, WegwijzerScreen.keyHints(number: number, view: view, context: context(view))))
        }
        sections.append(section(KeyOverviewText.participants, ParticipantsScreen.keyHints(context(UIState()))))
        sections.append(section(KeyOverviewText.summary, SummaryScreen.keyHints()))
        sections.append(section(KeyOverviewText.replay, ReplayController.keys, inWorkshop: false))
        sections.append(section(KeyOverviewText.picker, SessionPicker.keys, inWorkshop: false))
        return sections
    }

    /// The recording modes and how each is reached.
    private static let modes: [(LocalizedText, Int, @Sendable (inout UIState) -> Void)] = [
        (KeyOverviewText.enteringVotes, 5, { $0.panes.voting.recording = true }),
        (KeyOverviewText.laptopGoesRound, 5, { $0.panes.voting.passLaptop = true }),
        (KeyOverviewText.enteringScores, 7, { $0.panes.scoring.recording = true }),
    ]

    /// The overview as plain text: a heading per section, then a key and its meaning per line.
    public static func text(_ language: Language) -> String {
        sections(language).map { s in
            let width = s.keys.map { TextWidth.of($0.keys) }.max() ?? 0
            return s.title + "\n" + s.keys.map { "  " + TextWidth.pad($0.keys, to: width) + "  " + $0.label + "\n" }.joined()
        }.joined(separator: "\n")
    }

    /// The overview as a manual page in man(7) markup: routekaart-toetsen(1).
    public static func manualPage(_ language: Language, version: String) -> String {
        func roff(_ text: String) -> String {
            let escaped = text.replacingOccurrences(of: "\\", with: "\\e").replacingOccurrences(of: "-", with: "\\-")
            return escaped.hasPrefix(".") || escaped.hasPrefix("'") ? "\\&" + escaped : escaped
        }
        var page = ".TH ROUTEKAART\\-TOETSEN 1 \"\" \"\(roff(version))\" \"routekaart\"\n"
        page += ".SH \(roff(KeyOverviewText.nameHeading(language)))\nroutekaart\\-toetsen \\- \(roff(KeyOverviewText.nameLine(language)))\n"
        page += ".SH \(roff(KeyOverviewText.descriptionHeading(language)))\n\(roff(KeyOverviewText.description(language)))\n"
        for s in sections(language) {
            page += ".SH \"\(roff(s.title.uppercased()))\"\n.PD 0\n"
            for key in s.keys { page += ".TP 14\n.B \"\(roff(key.keys))\"\n\(roff(key.label))\n" }
            page += ".PD\n"
        }
        page += ".SH \(roff(KeyOverviewText.seeAlsoHeading(language)))\n.BR routekaart (1)\n"
        return page
    }

    /// The built-in demo workshop, so that every part has something to select and edit.
    private static func demoState() -> WorkshopState {
        let session = LiveSession(created: Timestamp(milliseconds: 0))
        for command in Scenario.builtIn("demo")?.startCommands(date: "") ?? [] {
            _ = try? session.execute(command, at: Timestamp(milliseconds: 0))
        }
        return session.state
    }
}

/// The texts of the key overview, in Dutch and English.
enum KeyOverviewText {
    static let everywhere = LocalizedText(nl: "Overal (niet tijdens het typen)", en: "Everywhere (not while typing)")
    static let routeMap = LocalizedText(nl: "Routekaart (overzicht)", en: "Route map (overview)")
    static let participants = LocalizedText(nl: "Deelnemers", en: "Participants")
    static let summary = LocalizedText(nl: "Samenvatting", en: "Summary")
    static let replay = LocalizedText(nl: "Terugkijken (routekaart replay)", en: "Replay (routekaart replay)")
    static let picker = LocalizedText(nl: "Sessie kiezen (routekaart open zonder bestand)", en: "Choosing a session (routekaart open without a file)")
    static let enteringVotes = LocalizedText(nl: "Wegwijzer 5 — stemmen invoeren (STEMMEN — Esc stopt)", en: "Signpost 5 — entering votes (VOTING — Esc stops)")
    static let laptopGoesRound = LocalizedText(nl: "Wegwijzer 5 — de laptop gaat rond", en: "Signpost 5 — the laptop goes round")
    static let enteringScores = LocalizedText(nl: "Wegwijzer 7 — scores invoeren (SCOREN — Esc stopt)", en: "Signpost 7 — entering scores (SCORING — Esc stops)")
    static let nameHeading = LocalizedText(nl: "NAAM", en: "NAME")
    static let nameLine = LocalizedText(nl: "alle toetsen van routekaart, per scherm", en: "every key of routekaart, screen by screen")
    static let descriptionHeading = LocalizedText(nl: "BESCHRIJVING", en: "DESCRIPTION")
    static let description = LocalizedText(
        nl: "De toetsbalk onderaan het scherm toont de toetsen van het scherm dat open is; ? toont ze allemaal. Hieronder staan ze per scherm, zoals ze op de demowerkplaats gelden. Tijdens het typen, stemmen of scoren werken alleen de toetsen die de balk dan toont.",
        en: "The key bar at the bottom shows the keys of the open screen; ? shows them all. Below they are listed screen by screen, as they apply in the demo workshop. While typing, voting or scoring, only the keys the bar then shows work.")
    static let seeAlsoHeading = LocalizedText(nl: "ZIE OOK", en: "SEE ALSO")

    static func wegwijzerPart(_ number: Int, _ part: LocalizedText) -> LocalizedText {
        LocalizedText(nl: "Wegwijzer \(number) — " + part.nl, en: "Signpost \(number) — " + part.en)
    }
}
