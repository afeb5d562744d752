import Foundation
import RoutekaartCore
import Testing

/// docs/session.schema.json and the program agree on every limit: for each text of each kind
/// of event, a file with the text at its limit is read by routekaart and valid under the
/// schema (checked with Python's jsonschema), and one character more is refused by both.
@Suite struct SchemaAgreementTests {
    /// Fields holding identifiers, which the schema holds to their own pattern.
    static let identifiers: Set<String> = ["id", "round", "row", "voter", "a", "b", "from", "to", "participant", "scenario"]

    @Test func everyLimitIsTheSameInTheSchemaAndTheProgram() throws {
        var events = try Fixture.spreadsheetEvents()
        let at = events.last!.at
        for extra: WorkshopEvent in [.sessionDetailsEdited(SessionDetails(title: "t", region: "r", date: "d", facilitator: "f")),
                                     .participantEdited(Participant(id: ParticipantID("p1"), fields: ParticipantFields(name: "n", organisation: "o", role: "r")))] {
            events.append(RecordedEvent(seq: events.count + 1, at: at, event: extra))
        }
        let start = Array(events.prefix(1))
        let folder = NSTemporaryDirectory() + "routekaart-schema-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }

        var cases: [(name: String, over: Bool, label: String)] = []
        var seen = Set<String>()
        for recorded in events {
            for (field, text, limit) in SessionFileLimits.texts(of: recorded.event) {
                let key = String(field.split(separator: ".").last!)
                let label = recorded.event.typeName + "." + field
                guard !Self.identifiers.contains(key), seen.insert(label).inserted else { continue }
                for over in [false, true] {
                    let replaced = String(repeating: "z", count: over ? limit + 1 : limit)
                    guard let event = try Self.setting(key, from: text, to: replaced, in: recorded) else {
                        Issue.record("\(label): \(key) not found in the event's JSON")
                        continue
                    }
                    let name = "\(cases.count).json"
                    let file = SessionFile(history: SessionHistory(replaying: start + [RecordedEvent(seq: 2, at: at, event: event.event)]), created: at)
                    try file.encoded().write(to: URL(fileURLWithPath: folder + "/" + name))
                    cases.append((name, over, label))
                }
            }
        }
        #expect(cases.count > 90, "\(cases.count) cases")

        for c in cases {
            let refused: Bool
            do {
                _ = try SessionLoader.load(folder + "/" + c.name)
                refused = false
            } catch {
                refused = true
            }
            #expect(refused == c.over, "routekaart \(refused ? "refuses" : "reads") \(c.label) at \(c.over ? "one over" : "its limit")")
        }
        let valid = Set(try runPythonTool("schema_valid.py", cases.map { folder + "/" + $0.name }, needs: "jsonschema").split(separator: "\n").map(String.init))
        for c in cases {
            #expect(valid.contains(c.name) == !c.over, "the schema \(valid.contains(c.name) ? "accepts" : "refuses") \(c.label) at \(c.over ? "one over" : "its limit")")
        }
    }

    /// `recorded` with the text `old` under `key` (at any depth of its data) set to `new`.
    static func setting(_ key: String, from old: String, to new: String, in recorded: RecordedEvent) throws -> RecordedEvent? {
        guard var object = try JSONSerialization.jsonObject(with: JSONEncoder().encode(recorded)) as? [String: Any] else { return nil }
        var done = false
        func replace(_ value: Any) -> Any {
            if var dictionary = value as? [String: Any] {
                for (k, v) in dictionary {
                    if !done, k == key, let s = v as? String, s == old {
                        dictionary[k] = new
                        done = true
                    } else {
                        dictionary[k] = replace(v)
                    }
                }
                return dictionary
            }
            if let list = value as? [Any] { return list.map(replace) }
            return value
        }
        object["data"] = replace(object["data"] as Any)
        guard done else { return nil }
        return try JSONDecoder().decode(RecordedEvent.self, from: JSONSerialization.data(withJSONObject: object))
    }
}
