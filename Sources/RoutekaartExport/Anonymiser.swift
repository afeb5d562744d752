import Foundation
import RoutekaartCore

/// Rewrites a session's events so that an export made from them names nobody: each
/// participant becomes P1, P2 … in the order they were first added to the whole log
/// (never reused, the same whatever `--at` is), organisation and role and the facilitator
/// are left out, and every participant's name — in full, or any part of three letters or
/// more, in any case, with any spacing — is replaced by their code in every free-text field.
struct Anonymiser {
    /// The code of each participant id, per event seq from which it holds.
    private var codes: [ParticipantID: [(from: Int, code: String)]] = [:]
    /// Names and name parts, longest first, with the code that replaces them.
    private let patterns: [(NSRegularExpression, String)]

    /// Keys whose values are identifiers or fixed values, never free text.
    static let fixedKeys: Set<String> = ["id", "round", "row", "indicator", "voter", "a", "b", "strength", "quality", "quadrant", "status",
                                         "element", "kind", "helix", "area", "style", "from", "to", "participant", "scenario", "type", "at"]
    /// Dutch and other name particles, kept: replacing "van" everywhere would wreck the text.
    static let particles: Set<String> = ["van", "der", "den", "ter", "ten", "het", "von", "del", "della", "des", "dos", "das", "uit", "aan", "bij", "op", "de", "la", "le"]

    init(log: [RecordedEvent]) {
        var next = 1
        var named: [(name: String, code: String)] = []
        for recorded in log {
            guard case let .participantAdded(p) = recorded.event else { continue }
            let code = "P\(next)"
            next += 1
            codes[p.id, default: []].append((recorded.seq, code))
            named.append((p.fields.name, code))
        }
        for recorded in log {
            if case let .participantEdited(p) = recorded.event, let code = Self.code(p.id, at: recorded.seq, in: codes) { named.append((p.fields.name, code)) }
        }
        var full: [(String, String)] = [], parts: [(String, String)] = []
        for (name, code) in named {
            let words = name.split(whereSeparator: \.isWhitespace).map(String.init)
            guard !words.isEmpty else { continue }
            full.append((words.map(Self.pattern).joined(separator: "\\s+"), code))
            for word in words where word.filter(\.isLetter).count >= 3 && !Self.particles.contains(word.lowercased()) {
                parts.append((Self.pattern(word), code))
            }
        }
        let ordered = full.sorted { $0.0.count > $1.0.count } + parts.sorted { $0.0.count > $1.0.count }
        patterns = ordered.compactMap { pattern, code in
            (try? NSRegularExpression(pattern: "(?<![\\p{L}\\p{N}])" + pattern + "(?![\\p{L}\\p{N}])", options: [.caseInsensitive]))
                .map { ($0, NSRegularExpression.escapedTemplate(for: code)) }
        }
    }

    /// A word as a pattern that also finds it without its accents: "Noël" finds "noel".
    private static func pattern(_ word: String) -> String {
        word.map { c in
            let plain = String(c).folding(options: .diacriticInsensitive, locale: nil)
            let literal = NSRegularExpression.escapedPattern(for: String(c))
            return plain == String(c) ? literal : "(?:" + literal + "|" + NSRegularExpression.escapedPattern(for: plain) + ")"
        }.joined()
    }

    private static func code(_ id: ParticipantID, at seq: Int, in codes: [ParticipantID: [(from: Int, code: String)]]) -> String? {
        codes[id]?.last { $0.from <= seq }?.code
    }

    /// `text` with every participant's name replaced by their code.
    func scrub(_ text: String) -> String {
        var out = text
        for (regex, template) in patterns {
            out = regex.stringByReplacingMatches(in: out, range: NSRange(out.startIndex..., in: out), withTemplate: template)
        }
        return out
    }

    /// The events with names replaced, in the same order.
    func anonymised(_ events: [RecordedEvent]) -> [RecordedEvent] {
        events.map(anonymised)
    }

    func anonymised(_ recorded: RecordedEvent) -> RecordedEvent {
        switch recorded.event {
        case let .participantAdded(p):
            return RecordedEvent(seq: recorded.seq, at: recorded.at, event: .participantAdded(masked(p, at: recorded.seq)))
        case let .participantEdited(p):
            return RecordedEvent(seq: recorded.seq, at: recorded.at, event: .participantEdited(masked(p, at: recorded.seq)))
        default:
            break
        }
        guard let data = try? JSONEncoder().encode(recorded), let object = try? JSONSerialization.jsonObject(with: data),
              let rewritten = try? JSONSerialization.data(withJSONObject: scrubbed(object, key: nil)),
              var result = try? JSONDecoder().decode(RecordedEvent.self, from: rewritten) else { return recorded }
        switch result.event {
        case let .sessionStarted(details, scenario):
            var d = details
            d.facilitator = ""
            result = RecordedEvent(seq: result.seq, at: result.at, event: .sessionStarted(d, scenario: scenario))
        case let .sessionDetailsEdited(details):
            var d = details
            d.facilitator = ""
            result = RecordedEvent(seq: result.seq, at: result.at, event: .sessionDetailsEdited(d))
        default: break
        }
        return result
    }

    /// A participant as the export shows them: their code and their helix group.
    private func masked(_ p: Participant, at seq: Int) -> Participant {
        var fields = p.fields
        fields.name = Self.code(p.id, at: seq, in: codes) ?? scrub(fields.name)
        fields.organisation = ""
        fields.role = ""
        return Participant(id: p.id, fields: fields)
    }

    private func scrubbed(_ value: Any, key: String?) -> Any {
        switch value {
        case let text as String: return key.map(Self.fixedKeys.contains) == true ? text : scrub(text)
        case let object as [String: Any]: return object.reduce(into: [String: Any]()) { $0[$1.key] = scrubbed($1.value, key: $1.key) }
        case let list as [Any]: return list.map { scrubbed($0, key: key) }
        default: return value
        }
    }
}
