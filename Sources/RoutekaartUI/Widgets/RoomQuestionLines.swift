import RoutekaartCore

/// What a pane with a question for the room shows and does about it: `z` opens it to the
/// phones (or closes it), and the lines that say whether it is open and how many answered —
/// in a named question also who is still missing, never what anyone chose.
enum RoomQuestionLines {
    private static let t = UIText.t
    static let openToRoom = t("● open voor de zaal", "● open to the room")
    static let notOpen = t("niet open voor de zaal (z opent)", "not open to the room (z opens)")
    static let stillMissing = t("Nog niet: ", "Not yet: ")
    static let opened = t("Open voor de zaal: de telefoons zien deze vraag, wat de laptop ook toont.", "Open to the room: the phones see this question, whatever the laptop shows.")
    static let openedRoomClosed = t("Open voor de zaal; M opent de zaal voor de telefoons.", "Open to the room; M opens the room for the phones.")
    static let closed = t("Vraag gesloten: de telefoons wachten op de volgende.", "Question closed: the phones wait for the next one.")
    static let full = t(" · vol: evenveel als deelnemers", " · full: as many as participants")

    /// The key hint: "z open voor de zaal" or "z sluit voor de zaal".
    static func hint(_ question: RoomQuestion?, _ state: WorkshopState) -> KeyHint {
        let open = question != nil && state.openQuestion == question
        return KeyHint("z", open ? t("sluit voor de zaal", "close to the room") : t("open voor de zaal", "open to the room"), priority: 2)
    }

    /// `z`: opens `question` to the room, or closes it when it is the open one.
    static func toggle(_ question: RoomQuestion?, context: ScreenContext) -> [AppAction] {
        let lang = context.language
        guard let question else { return [.flash(CommandError.notAskable.message(lang), problem: true)] }
        if context.state.openQuestion == question { return [.run(.closeQuestion), .flash(closed(lang), problem: false)] }
        return [.run(.openQuestion(question)), .flash(context.room == nil ? openedRoomClosed(lang) : opened(lang), problem: false)]
    }

    /// Whether digits typed on the laptop may record for `question` now: never while it is open to the room.
    static func isOpenToRoom(_ question: RoomQuestion?, _ state: WorkshopState) -> Bool {
        question != nil && state.openQuestion == question
    }

    /// "● open voor de zaal · 18 van 25 gestemd", then "Nog niet: …" in a named question;
    /// `roomOpen`: while the room is open, a question it is not asked says so.
    static func lines(_ question: RoomQuestion, _ state: WorkshopState, _ lang: Language, roomOpen: Bool) -> [(String, StyleRole)] {
        let turnout = question.turnout(in: state)
        let open = state.openQuestion == question
        var head = (open ? openToRoom(lang) + " · " : "") + turnout.line(lang)
        if turnout.missing == nil, turnout.isComplete { head += full(lang) }
        var lines: [(String, StyleRole)] = [(head, open ? .busy : .normal)]
        if !open && roomOpen { lines.append((notOpen(lang), .muted)) }
        if let missing = turnout.missing, !missing.isEmpty {
            lines.append((stillMissing(lang) + missing.map(\.fields.name).joined(separator: ", "), .muted))
        }
        return lines
    }

    /// Draws `lines` wrapped into `area`; returns the rows used.
    @discardableResult
    static func draw(_ question: RoomQuestion, _ context: ScreenContext, in area: Rect, into frame: inout Frame) -> Int {
        var y = area.y
        for (text, style) in lines(question, context.state, context.language, roomOpen: context.room != nil) where y < area.maxY {
            y += Paragraph.draw(text, in: Rect(x: area.x, y: y, width: area.width, height: area.maxY - y), style: style, into: &frame)
        }
        return y - area.y
    }
}
