import RoutekaartCore

/// The keys that work on every screen, when neither an overlay, the notes editor nor the
/// screen took the key.
enum GlobalKeys {
    private static let t = UIText.t
    static let hints: [KeyHint] = [
        KeyHint("1–0", UIText.keyWegwijzer, priority: 6, role: .navigation),
        KeyHint("[ ]", UIText.keyPrevNext, priority: 6, role: .navigation),
        KeyHint("p", UIText.keyParticipants, priority: 6, role: .navigation),
        KeyHint("i", UIText.keyDetails, priority: 6),
        KeyHint("A", t("agenda", "agenda"), priority: 7),
        KeyHint("Z", t("samenvatting", "summary"), priority: 7, role: .navigation),
        KeyHint("P", t("projectie", "projector view"), priority: 4),
        KeyHint("E", t("exporteren", "export"), priority: 7),
        KeyHint("S", t("elders opslaan", "save elsewhere"), priority: 7),
        KeyHint("T", t("tijd pauzeren/verder", "pause/resume timer"), priority: 8, role: .recording),
        KeyHint("M", UIText.keyRoom, priority: 7),
        KeyHint("V", t("5 minuten erbij", "5 more minutes"), priority: 8, role: .recording),
        KeyHint("Ctrl-L", t("scherm opnieuw tekenen", "redraw the screen"), priority: 9),
        KeyHint("u", UIText.keyUndo, priority: 3, role: .recording),
        KeyHint("r", UIText.keyRedo, priority: 4, role: .recording),
        KeyHint("Esc", UIText.keyBack, priority: 6, role: .navigation),
        KeyHint("?", UIText.keyHelp, priority: 0),
        KeyHint("q", UIText.keyQuit, priority: 0),
    ]

    static let agendaTitle = t("Agenda: minuten per wegwijzer (leeg = niet op de agenda)", "Agenda: minutes per signpost (empty = not on the agenda)")
    static let timerPaused = t("⏸ Tijd gepauzeerd; T laat hem weer lopen.", "⏸ Timer paused; T starts it again.")
    static let timerRunning = t("Tijd loopt weer.", "Timer running again.")
    static let saveElsewhere = t("Elders opslaan", "Save elsewhere")
    static let file = t("Bestand", "File")
    static let export = t("Exporteren", "Export")
    static let format = t("Formaat", "Format")
    static let formats = [t("Markdown-rapport", "Markdown report"), t("HTML met grafieken", "HTML with charts"),
                          t("CSV-tabellen", "CSV tables"), t("JSON-uitkomst", "JSON outcome")]
    /// The `format` argument of `SessionExporter.export`, in the order of `formats`.
    static let formatNames = ["md", "html", "csv", "json"]
    static let names = t("Namen", "Names")
    static let nameChoices = [t("zoals ingevoerd", "as entered"), t("anoniem (P1, P2 …)", "anonymous (P1, P2 …)")]

    /// The form that saves the session elsewhere, with a path to suggest.
    static func saveElsewhereForm(_ environment: AppEnvironment, now: Timestamp) -> [AppAction] {
        guard let suggest = environment.suggestedCopyPath else { return [] }
        return [.open(.form(.saveCopy, Form(title: saveElsewhere, fields: [.text(label: file, TextField(suggest(now), limit: 1000))])))]
    }

    /// What `key` asks for; nil when it means nothing here.
    static func handle(_ key: Key, context: ScreenContext, environment: AppEnvironment, view: inout UIState) -> [AppAction]? {
        let state = context.state
        switch key {
        case .char("?"), .function(1): return [.open(.help)]
        case .char("q"): return [.open(.confirmQuit)]
        case .char("u"), .ctrl("z"): return [.undo]
        case .char("r"), .ctrl("r"), .ctrl("y"): return [.redo]
        case .char("p"): return [.show(.participants)]
        case .char("P"):
            view.presenting = true
            if view.flash?.isProblem == false { view.flash = nil }  // an echo is for the facilitator, not the projector
        case .char("M"): return [.toggleRoom]
        case .char("Z"):
            view.summaryScroll = 0
            return [.show(.summary)]
        case .char("A"):
            return [.open(.form(.editAgenda, Form(title: agendaTitle, fields: Method.wegwijzers.map { w in
                .text(label: LocalizedText(nl: "\(w.number). " + w.title.nl, en: "\(w.number). " + w.title.en),
                      TextField.number(state.plannedMinutes(w.number).map(String.init) ?? "", limit: 3))
            })))]
        case .char("T"):
            let pausing = !state.timerPaused
            return [.run(pausing ? .pauseTimer : .resumeTimer), .flash((pausing ? timerPaused : timerRunning)(context.language), problem: false)]
        case .char("V"):
            guard case let .wegwijzer(n) = view.screen else { return [] }
            return [.run(.extendTime(wegwijzer: n, minutes: 5))]
        case .char("S"): return saveElsewhereForm(environment, now: context.now)
        case .char("E"):
            guard environment.exporter != nil else { return [] }
            return [.open(.form(.export, Form(title: export, fields: [
                .choice(label: format, options: formats, selected: 1),
                .choice(label: names, options: nameChoices, selected: 0),
            ])))]
        case .char("i"):
            let d = state.details
            return [.open(.form(.editDetails, Form(title: UIText.details, fields: [
                .text(label: UIText.title, TextField(d.title, limit: Engine.Limits.name)),
                .text(label: UIText.region, TextField(d.region, limit: Engine.Limits.name)),
                .text(label: UIText.date, TextField(d.date, limit: Engine.Limits.name)),
                .text(label: UIText.facilitator, TextField(d.facilitator, limit: Engine.Limits.name)),
            ])))]
        case let .char(c) where c.isASCII && c.isNumber:
            return [.show(.wegwijzer(c == "0" ? 10 : Int(String(c))!))]
        case .char("]"), .pageDown: return [step(1, view)]
        case .char("["), .pageUp: return [step(-1, view)]
        case .escape, .left:
            switch view.screen {
            case .overview: break
            case .wegwijzer: return [.show(.overview)]
            case .participants, .summary: view.screen = state.openWegwijzer.map { .wegwijzer($0) } ?? .overview
            }
        default: return nil
        }
        return []
    }

    /// The next or previous wegwijzer; from another screen, the one selected on the route map.
    private static func step(_ delta: Int, _ view: UIState) -> AppAction {
        let current: Int
        switch view.screen {
        case let .wegwijzer(n): current = n
        case .overview, .participants, .summary: current = view.overviewSelection - delta
        }
        return .show(.wegwijzer(min(max(1, current + delta), Method.wegwijzers.count)))
    }
}
