import ArgumentParser
import Foundation
import RoutekaartCore

extension Routekaart {
    /// The built-in scenarios.
    struct Scenarios: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the built-in scenarios (name, region, focus).")

        @OptionGroup var options: GlobalOptions

        func run() throws {
            let list = Scenario.builtInNames.compactMap(Scenario.builtIn)
            let width = list.map(\.name.count).max() ?? 0
            let regionWidth = list.map(\.region.count).max() ?? 0
            for s in list {
                let region = s.region.isEmpty ? "—" : s.region
                let focus = options.lang == .nl ? s.focus.nl : s.focus.en
                print(s.name.padding(toLength: width + 2, withPad: " ", startingAt: 0)
                      + region.padding(toLength: regionWidth + 2, withPad: " ", startingAt: 0) + focus)
            }
        }
    }

    /// Authoring scenarios.
    struct ScenarioGroup: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "scenario", abstract: "Work with scenario files.", subcommands: [Check.self])

        /// Validate an authored scenario file.
        struct Check: ParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Check a scenario file; errors name the field, e.g. actors.2.closeness.")

            @Argument(help: "The scenario file.")
            var file: String

            @OptionGroup var options: GlobalOptions

            func run() throws {
                guard let data = FileManager.default.contents(atPath: file) else {
                    throw Failure(file, .missing, options.lang)
                }
                let scenario: Scenario
                do {
                    scenario = try Scenario.decode(data)
                } catch {
                    throw Failure("\(file): " + (options.lang == .nl ? "ongeldig scenario: " : "invalid scenario: ") + error.detail)
                }
                let nl = options.lang == .nl
                let region = scenario.region.isEmpty ? "—" : scenario.region
                let counts: [String] = [
                    "\(scenario.actors.count) " + (nl ? "actoren" : "actors"),
                    "\(scenario.relations.count) " + (nl ? "relaties" : "relations"),
                    "\(scenario.facts.count) " + (nl ? "voorbeeldfeiten" : "example facts"),
                    "\(scenario.agenda.count) " + (nl ? "agendapunten" : "agenda items"),
                ]
                let head = (nl ? "in orde: " : "ok: ") + scenario.name + " (" + region + ")"
                print(head + " — " + counts.joined(separator: ", "))
            }
        }
    }
}
