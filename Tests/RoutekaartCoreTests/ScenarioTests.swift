import Foundation
import Testing
@testable import RoutekaartCore

@Suite struct ScenarioTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Scenarios")

    @Test func theBuiltInScenariosAreTheFilesInScenarios() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).filter { $0.hasSuffix(".json") }.sorted()
        #expect(files.map { String($0.dropLast(5)) } == Scenario.builtInNames)
        for file in files {
            let onDisk = try String(contentsOf: Self.folder.appendingPathComponent(file), encoding: .utf8)
            let embedded = EmbeddedScenarios.all[String(file.dropLast(5))]!
            #expect(embedded + "\n" == onDisk, "\(file) differs from the binary: run scripts/embed-scenarios")
        }
    }

    @Test func everyBuiltInScenarioStartsASession() throws {
        for name in Scenario.builtInNames {
            let scenario = try #require(Scenario.builtIn(name))
            let h = try history(scenario.startCommands(date: "2026-11-29"))
            #expect(h.state.details.title == scenario.title)
            #expect(h.state.participants.count == scenario.participants.count)
            #expect(h.state.scenario == name)
        }
    }

    @Test func aBrokenScenarioNamesTheField() {
        let broken = #"{"format":"routekaart-scenario","schemaVersion":1,"name":"x","region":"","focus":{"nl":"","en":""},"title":"t","challenge":"","participants":[{"name":"A","helix":"ruimtevaart"}]}"#
        #expect(throws: ScenarioError.self) { try Scenario.decode(Data(broken.utf8)) }
        do {
            _ = try Scenario.decode(Data(broken.utf8))
        } catch {
            #expect(error.detail.contains("participants.0.helix"), "\(error.detail)")
        }
    }
}
