import Foundation

/// A ready starting point for a session: a region, a draft challenge and who is invited.
public struct Scenario: Codable, Hashable, Sendable {
    public static let formatID = "routekaart-scenario"
    public static let schemaVersion = 1

    public struct Focus: Codable, Hashable, Sendable {
        public var nl: String
        public var en: String
    }

    public var format: String
    public var schemaVersion: Int
    public var name: String
    public var region: String
    public var focus: Focus
    public var title: String
    public var challenge: String
    public var participants: [ParticipantFields]

    /// Reads and checks a scenario; errors name the field that is wrong.
    public static func decode(_ data: Data) throws(ScenarioError) -> Scenario {
        let scenario: Scenario
        do {
            scenario = try JSONDecoder().decode(Scenario.self, from: data)
        } catch {
            throw ScenarioError(detail: SessionFile.describe(error))
        }
        guard scenario.format == formatID else { throw ScenarioError(detail: "format must be \"\(formatID)\"") }
        guard scenario.schemaVersion <= schemaVersion else {
            throw ScenarioError(detail: "schemaVersion \(scenario.schemaVersion) is newer than \(schemaVersion)")
        }
        for (i, p) in scenario.participants.enumerated() where TextCleaning.singleLine(p.name).isEmpty {
            throw ScenarioError(detail: "participants.\(i).name is empty")
        }
        return scenario
    }

    /// The commands that start a session from this scenario.
    public func startCommands(title: String? = nil, region: String? = nil, date: String) -> [WorkshopCommand] {
        var commands: [WorkshopCommand] = [
            .startSession(SessionDetails(title: title ?? self.title, region: region ?? self.region, date: date), scenario: name),
        ]
        commands += participants.map { .addParticipant($0) }
        if !challenge.isEmpty {
            commands.append(.editNotes(wegwijzer: 2, text: challenge))
        }
        return commands
    }

    /// A scenario built into the program, by name.
    public static func builtIn(_ name: String) -> Scenario? {
        guard let text = EmbeddedScenarios.all[name] else { return nil }
        return try? decode(Data(text.utf8))
    }

    public static var builtInNames: [String] { EmbeddedScenarios.all.keys.sorted() }
}

/// A scenario file that cannot be used, with the field that is wrong.
public struct ScenarioError: Error, Equatable, Sendable {
    public let detail: String
}
