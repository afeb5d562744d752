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
            let embedded = try #require(BuiltInScenarios.files[String(file.dropLast(5))], "\(file) is not listed in BuiltInScenarios")
            #expect(String(decoding: embedded, as: UTF8.self) == onDisk)
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

    @Test func everyScenarioFileChecksAndTheTenRegionsAreThere() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).filter { $0.hasSuffix(".json") }
        #expect(files.count == 12)
        for file in files {
            let data = try Data(contentsOf: Self.folder.appendingPathComponent(file))
            #expect(throws: Never.self, "\(file)") { try Scenario.decode(data) }
        }
        let regions = Scenario.builtInNames.compactMap(Scenario.builtIn).filter { !$0.actors.isEmpty }
        #expect(regions.count == 10)
        for s in regions {
            #expect(!s.challenge.isEmpty && !s.roles.isEmpty && !s.agenda.isEmpty && !s.facts.isEmpty && s.relations.count >= 3, "\(s.name)")
            let allExamples = s.facts.allSatisfy { $0.example }
            let hasOwn = s.actors.contains { $0.ownMunicipality }
            #expect(allExamples, "\(s.name)")
            #expect(hasOwn, "\(s.name)")
        }
    }

    @Test func aScenarioStartsWithItsActorsRelationsAndFacts() throws {
        let s = try #require(Scenario.builtIn("agrifood-capital"))
        let h = try history(s.startCommands(date: "2026-11-29"))
        #expect(h.state.actors.map(\.fields.name).contains("HAS green academy"))
        #expect(h.state.actors.count == s.actors.count && h.state.relations.count == s.relations.count)
        #expect(h.state.facts.count == s.facts.count)
        let examples = h.state.facts.allSatisfy { $0.fields.example && $0.fields.value.isEmpty }
        #expect(examples)
        #expect(h.state.notes(of: 2) == s.challenge)
        let ringsKept = h.state.actors.allSatisfy { $0.position.ring == $0.fields.closeness }
        #expect(ringsKept)
    }

    @Test(arguments: [
        (#""closeness":9"#, "actors.1.closeness: must be 1 (close) to 5 (far), not 9"),
        (#""kind":"ruimtevaart""#, "actors.1.kind"),
        (#""closeness":2,"key":"a""#, "actors.1.key: \"a\" is used twice"),
    ])
    func brokenActorsNameTheField(_ replacement: String, _ expected: String) {
        let base = #"{"format":"routekaart-scenario","schemaVersion":1,"name":"x","region":"r","focus":{"nl":"a","en":"b"},"title":"t","actors":[{"key":"a","name":"A","kind":"gemeente"},{"key":"b","name":"B","kind":"bedrijf","closeness":2}]}"#
        let broken: String
        if replacement.hasPrefix(#""kind""#) { broken = base.replacingOccurrences(of: #""kind":"bedrijf""#, with: replacement) }
        else if replacement.contains("key") { broken = base.replacingOccurrences(of: #""key":"b","name":"B","kind":"bedrijf","closeness":2"#, with: #""name":"B","kind":"bedrijf","# + replacement) }
        else { broken = base.replacingOccurrences(of: #""closeness":2"#, with: replacement) }
        do {
            _ = try Scenario.decode(Data(broken.utf8))
            Issue.record("accepted: \(broken)")
        } catch {
            #expect(error.detail.contains(expected), "\(error.detail)")
        }
    }

    @Test func otherFieldPaths() {
        func detail(_ json: String) -> String {
            do { _ = try Scenario.decode(Data(json.utf8)); return "accepted" } catch { return error.detail }
        }
        let head = #""format":"routekaart-scenario","schemaVersion":1,"name":"x","region":"r","focus":{"nl":"a","en":"b"},"title":"t""#
        #expect(detail("{" + head + #","agenda":[{"wegwijzer":11,"minutes":10}]}"#) == "agenda.0.wegwijzer: must be 1 to 10, not 11")
        #expect(detail("{" + head + #","actors":[{"key":"a","name":"A","kind":"uwv"}],"relations":[{"from":"a","to":"z","strength":"sterk","quality":"neutraal"}]}"#)
                == "relations.0.to: no actor with key \"z\"")
        #expect(detail("{" + head + #","facts":[{"indicator":"Werkloosheid","area":"arbeidsmarktregio","source":"UWV","example":false}]}"#)
                == "facts.0.example: facts in a scenario are examples; set \"example\": true")
        #expect(detail(#"{"format":"routekaart-scenario","schemaVersion":1,"name":"Regio Zwolle","region":"r","focus":{"nl":"a","en":"b"},"title":"t"}"#)
                .hasPrefix("name: "))
        #expect(detail(#"{"format":"routekaart-scenario","schemaVersion":1,"name":"x","region":"r","title":"t"}"#).contains("focus"))
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
