import Foundation
import RoutekaartCore

/// The saved sessions to choose one from, newest change first: arrows choose, typing
/// narrows the list, Enter opens, Esc leaves without opening anything.
public final class SessionPicker: TerminalProgram {
    /// One saved session as the list shows it.
    public struct Entry: Equatable, Sendable {
        public var path: String
        public var title: String
        public var region: String
        /// The last change, as the list shows it: "2026-03-02 09:00".
        public var lastChange: String
        public var participants: Int
        /// Why the file cannot be opened; nil when it can.
        public var problem: String?

        public init(path: String, title: String, region: String, lastChange: String, participants: Int, problem: String? = nil) {
            self.path = path
            self.title = title
            self.region = region
            self.lastChange = lastChange
            self.participants = participants
            self.problem = problem
        }

        /// Title, region and file name, folded for finding: "zoe" finds "Zoë".
        var searchText: String { TextCleaning.folded([title, region, (path as NSString).lastPathComponent].joined(separator: " ")) }
    }

    public let entries: [Entry]
    public let folder: String
    public let language: Language
    /// What was typed to find a session.
    public private(set) var filter = ""
    /// The selected row among `matches`.
    public private(set) var selected = 0
    /// The session to open once finished; nil when the facilitator left with Esc.
    public private(set) var chosen: String?
    public private(set) var isFinished = false
    private var notice: String?
    private var repaintPending = false

    public init(entries: [Entry], folder: String, language: Language) {
        self.entries = entries
        self.folder = folder
        self.language = language
    }

    /// The entries whose title, region or file name hold every word typed.
    public var matches: [Entry] {
        let words = TextCleaning.folded(filter).split(separator: " ")
        return entries.filter { e in words.allSatisfy { e.searchText.contains($0) } }
    }

    public func handle(_ key: Key, now: Timestamp, width: Int, height: Int) {
        notice = nil
        let count = matches.count
        let page = max(1, height - 8)
        switch key {
        case .up: selected = max(0, selected - 1)
        case .down: selected = min(max(0, count - 1), selected + 1)
        case .pageUp: selected = max(0, selected - page)
        case .pageDown: selected = min(max(0, count - 1), selected + page)
        case .home: selected = 0
        case .end: selected = max(0, count - 1)
        case .enter:
            guard selected < count else { return }
            let entry = matches[selected]
            if let problem = entry.problem {
                notice = SessionPickerText.cannotOpen(language, problem)
            } else {
                chosen = entry.path
                isFinished = true
            }
        case .escape: isFinished = true
        case .backspace:
            if !filter.isEmpty { filter.removeLast() }
            selected = 0
        case .ctrl("u"):
            filter = ""
            selected = 0
        case .ctrl("l"): repaintPending = true
        case let .char(c) where !c.isNewline && c.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value != 0x7F }):
            guard filter.count < 60 else { return }
            filter.append(c)
            selected = 0
        default: break
        }
    }

    public func tick(now: Timestamp) {}

    public func nextWake(now: Timestamp) -> Timestamp? { nil }

    public func finish(now: Timestamp) { isFinished = true }

    /// Nothing is open yet, so nothing can record a command.
    public func receive(_ commands: [WorkshopCommand], now: Timestamp) -> [Result<[RecordedEvent], CommandError>] {
        commands.map { _ in .failure(.readOnly) }
    }

    static let keys: [KeyHint] = [
        KeyHint("↑↓", LocalizedText(nl: "kiezen", en: "choose"), priority: 0),
        KeyHint("Enter", LocalizedText(nl: "openen", en: "open"), priority: 0),
        KeyHint(LocalizedText(nl: "typen", en: "type"), LocalizedText(nl: "zoeken", en: "find"), priority: 1),
        KeyHint("Ctrl-U", LocalizedText(nl: "zoekwoord wissen", en: "clear search"), priority: 2),
        KeyHint("Esc", LocalizedText(nl: "stoppen zonder openen", en: "quit without opening"), priority: 0),
    ]

    public func render(width: Int, height: Int, now: Timestamp) -> Frame {
        var frame = Frame(width: width, height: height)
        frame.repaint = repaintPending
        repaintPending = false
        guard width >= TooSmallNotice.minimumWidth, height >= TooSmallNotice.minimumHeight else {
            TooSmallNotice.draw(language: language, into: &frame)
            return frame
        }
        let lang = language
        frame.fill(Rect(x: 0, y: 0, width: width, height: 1), style: .statusBar)
        frame.put(" routekaart │ " + SessionPickerText.title(lang) + " │ " + folder, x: 0, y: 0, width: width, style: .statusBar)
        frame.put(SessionPickerText.find(lang) + filter + "▏", x: 2, y: 2, width: width - 4, style: .input)

        let list = matches
        let shown = SessionPickerText.shown(lang, list.count, entries.count)
        frame.put(shown, x: width - 2 - TextWidth.of(shown), y: 2, style: .muted)
        let titleWidth = min(40, max(10, list.map { TextWidth.of($0.title) }.max() ?? 10))
        let regionWidth = min(24, max(6, list.map { TextWidth.of($0.region) }.max() ?? 6))
        let lines: [SelectableLines.Line] = list.enumerated().map { i, e in
            if let problem = e.problem {
                return SelectableLines.Line("—                 " + (e.path as NSString).lastPathComponent + "  " + SessionPickerText.unusable(lang, problem), .muted, row: i)
            }
            let columns = [e.lastChange, TextWidth.pad(e.title, to: titleWidth), TextWidth.pad(e.region, to: regionWidth),
                           SessionPickerText.participants(e.participants, lang)]
            return SelectableLines.Line(columns.joined(separator: "  "), .normal, row: i)
        }
        let listArea = Rect(x: 2, y: 4, width: width - 4, height: height - 8)
        if list.isEmpty {
            let empty = entries.isEmpty ? SessionPickerText.noSessions(lang) : SessionPickerText.noMatch(lang, filter)
            frame.put(empty, x: 4, y: 4, width: width - 6, style: .muted)
        } else {
            SelectableLines.draw(lines, selected: min(selected, list.count - 1), in: listArea, into: &frame)
        }
        if let notice {
            frame.put(notice, x: 2, y: height - 3, width: width - 4, style: .error)
        } else if selected < list.count {
            frame.put(list[selected].path, x: 2, y: height - 3, width: width - 4, style: .muted)
        }
        KeyBar.draw(Self.keys, language: lang, in: Rect(x: 0, y: height - 1, width: width, height: 1), into: &frame)
        return frame
    }
}

/// The texts of the session picker, in Dutch and English.
enum SessionPickerText {
    static let title = LocalizedText(nl: "sessie openen", en: "open a session")
    static let find = LocalizedText(nl: "Zoeken: ", en: "Find: ")
    static let shown = LocalizedText(nl: "%1 van %2", en: "%1 of %2")
    static let participants = CountedText(one: LocalizedText(nl: "deelnemer", en: "participant"), other: LocalizedText(nl: "deelnemers", en: "participants"))
    static let unusable = LocalizedText(nl: "(onbruikbaar: %1)", en: "(unusable: %1)")
    static let cannotOpen = LocalizedText(nl: "Dit bestand kan niet worden geopend: %1", en: "This file cannot be opened: %1")
    static let noSessions = LocalizedText(nl: "Nog geen opgeslagen sessies in deze map.", en: "No saved sessions in this folder yet.")
    static let noMatch = LocalizedText(nl: "Geen sessie met '%1'; ⌫ of Ctrl-U maakt het zoekwoord korter of leeg.",
                                       en: "No session with '%1'; ⌫ or Ctrl-U shortens or clears the search.")
}
