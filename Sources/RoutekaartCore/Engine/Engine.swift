/// Validates commands against the current history and turns them into events.
/// Pure: the caller supplies the time; identifiers are derived from the state.
public enum Engine {
    /// Limits on what one field may hold, checked before anything is recorded.
    public enum Limits {
        public static let name = 200
        public static let field = 500
        public static let notes = 100_000
    }

    /// The events that `command` causes. An empty list means nothing changes.
    public static func execute(_ command: WorkshopCommand, on history: SessionHistory) throws(CommandError) -> [WorkshopEvent] {
        let state = history.state
        switch command {
        case let .startSession(details, scenario):
            return [.sessionStarted(try validated(details), scenario: scenario)]
        case let .editDetails(details):
            let clean = try validated(details)
            return clean == state.details ? [] : [.sessionDetailsEdited(clean)]
        case let .addParticipant(fields):
            let id = ParticipantID("p\(state.nextParticipantNumber)")
            return [.participantAdded(Participant(id: id, fields: try validated(fields)))]
        case let .editParticipant(id, fields):
            guard let current = state.participant(id) else { throw .unknownParticipant(id) }
            let clean = try validated(fields)
            return clean == current.fields ? [] : [.participantEdited(Participant(id: id, fields: clean))]
        case let .removeParticipant(id):
            guard state.participant(id) != nil else { throw .unknownParticipant(id) }
            return [.participantRemoved(id)]
        case let .openWegwijzer(n):
            guard Method.wegwijzer(n) != nil else { throw .unknownWegwijzer(n) }
            return state.openWegwijzer == n ? [] : [.wegwijzerOpened(n)]
        case .openOverview:
            return state.openWegwijzer == nil ? [] : [.overviewOpened]
        case let .setStatus(n, status):
            guard Method.wegwijzer(n) != nil else { throw .unknownWegwijzer(n) }
            return state.status(of: n) == status ? [] : [.wegwijzerStatusChanged(wegwijzer: n, status: status)]
        case let .editNotes(n, text):
            guard Method.wegwijzer(n) != nil else { throw .unknownWegwijzer(n) }
            let clean = TextCleaning.multiLine(text)
            guard clean.count <= Limits.notes else { throw .tooLong(field: "notes", limit: Limits.notes) }
            return clean == state.notes(of: n) ? [] : [.notesEdited(wegwijzer: n, text: clean)]
        case .undo:
            guard let target = history.undoTarget else { throw .nothingToUndo }
            return [.changeUndone(seq: target.seq)]
        case .redo:
            guard let target = history.redoTarget else { throw .nothingToRedo }
            return [.changeRedone(seq: target.seq)]
        }
    }

    static func validated(_ details: SessionDetails) throws(CommandError) -> SessionDetails {
        let clean = SessionDetails(
            title: TextCleaning.singleLine(details.title),
            region: TextCleaning.singleLine(details.region),
            date: TextCleaning.singleLine(details.date),
            facilitator: TextCleaning.singleLine(details.facilitator))
        guard !clean.title.isEmpty else { throw .emptyName }
        try check(clean.title, "title", Limits.name)
        try check(clean.region, "region", Limits.name)
        try check(clean.date, "date", Limits.name)
        try check(clean.facilitator, "facilitator", Limits.name)
        return clean
    }

    static func validated(_ fields: ParticipantFields) throws(CommandError) -> ParticipantFields {
        let clean = ParticipantFields(
            name: TextCleaning.singleLine(fields.name),
            organisation: TextCleaning.singleLine(fields.organisation),
            helix: fields.helix,
            role: TextCleaning.singleLine(fields.role))
        guard !clean.name.isEmpty else { throw .emptyName }
        try check(clean.name, "name", Limits.name)
        try check(clean.organisation, "organisation", Limits.field)
        try check(clean.role, "role", Limits.field)
        return clean
    }

    private static func check(_ text: String, _ field: String, _ limit: Int) throws(CommandError) {
        if text.count > limit { throw .tooLong(field: field, limit: limit) }
    }
}

/// Makes typed text safe to keep and draw: no control characters, trimmed where it is one line.
public enum TextCleaning {
    public static func singleLine(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { isControl($0) ? " " : $0 }))
            .trimmingSpaces()
    }

    public static func multiLine(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.compactMap { s -> Unicode.Scalar? in
            if s == "\n" { return s }
            if s == "\r" { return nil }
            if s == "\t" { return " " }
            return isControl(s) ? nil : s
        }))
    }

    static func isControl(_ s: Unicode.Scalar) -> Bool {
        s.value < 0x20 || (0x7F...0x9F).contains(s.value) || s.value == 0x2028 || s.value == 0x2029
    }
}

extension String {
    func trimmingSpaces() -> String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }
}
