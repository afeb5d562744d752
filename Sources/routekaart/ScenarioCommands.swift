import ArgumentParser
import Foundation
import RoutekaartCore

extension Routekaart {
    /// The built-in scenarios.
    struct Scenarios: ParsableCommand, TakesGlobalOptions {
        static let configuration = CommandConfiguration(commandName: "scenarios", abstract: "List the built-in scenarios (name, region, focus).")

        @OptionGroup var options: GlobalOptions

        func run() throws {
            let list = Scenario.builtInNames.compactMap(Scenario.builtIn)
            let width = list.map(\.name.count).max() ?? 0
            let regionWidth = list.map(\.region.count).max() ?? 0
            let lines = list.map { s in
                let region = s.region.isEmpty ? "—" : s.region
                let focus = LocalizedText(nl: s.focus.nl, en: s.focus.en)(options.lang)
                return s.name.padding(toLength: width + 2, withPad: " ", startingAt: 0)
                    + region.padding(toLength: regionWidth + 2, withPad: " ", startingAt: 0) + focus + "\n"
            }
            try StandardOutput.print(lines.joined(), language: options.lang)
        }
    }

    /// The saved sessions, newest first.
    struct Sessions: ParsableCommand, TakesGlobalOptions {
        static let configuration = CommandConfiguration(commandName: "sessions",
            abstract: "List the saved sessions in the sessions folder, newest change first (unusable files with their problem).")

        @Flag(help: "Print the list as JSON, for scripts.")
        var json = false

        @OptionGroup var options: GlobalOptions

        func run() throws {
            let catalogue = SessionCatalogue(folder: SessionsFolder.path, language: options.lang)
            if json {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                try StandardOutput.print(String(decoding: try encoder.encode(catalogue.entries), as: UTF8.self) + "\n", language: options.lang)
            } else if catalogue.entries.isEmpty {
                try StandardOutput.print(SessionCatalogueText.noSessionsIn(options.lang, SessionsFolder.path) + "\n", language: options.lang)
            } else {
                try StandardOutput.print(catalogue.table(options.lang, utcOffset: ProcessEnvironment.utcOffsetSeconds), language: options.lang)
            }
        }
    }

    /// Authoring scenarios.
    struct ScenarioGroup: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "scenario", abstract: "Work with scenario files.", subcommands: [Check.self])

        /// Validate an authored scenario file.
        struct Check: ParsableCommand, TakesGlobalOptions {
            static let configuration = CommandConfiguration(commandName: "check", abstract: "Check scenario files; errors name the file and the field, e.g. actors.2.closeness.")

            @Argument(help: "The scenario files (one or more).")
            var files: [String]

            @OptionGroup var options: GlobalOptions

            /// Checks every file; one line each for those in order, then one line each for the problems.
            func run() throws {
                var problems: [String] = []
                for file in files {
                    do {
                        try StandardOutput.print(try check(file) + "\n", language: options.lang)
                    } catch let failure as Failure {
                        problems.append(failure.message)
                    }
                }
                if !problems.isEmpty { throw Failure(problems.joined(separator: "\nroutekaart: ")) }
            }

            /// "in orde: NAME (REGION) — counts", or a failure naming the file.
            func check(_ file: String) throws -> String {
                guard let data = FileManager.default.contents(atPath: file) else {
                    throw Failure(file, .missing, options.lang)
                }
                let scenario: Scenario
                do {
                    scenario = try Scenario.decode(data)
                } catch {
                    throw Failure("\(file): " + ScenarioCommandsText.invalidScenario(options.lang) + error.detail)
                }
                let region = scenario.region.isEmpty ? "—" : scenario.region
                let counts: [String] = [
                    "\(scenario.actors.count) " + ScenarioCommandsText.actors(options.lang),
                    "\(scenario.relations.count) " + ScenarioCommandsText.relations(options.lang),
                    "\(scenario.facts.count) " + ScenarioCommandsText.exampleFacts(options.lang),
                    "\(scenario.agenda.count) " + ScenarioCommandsText.agendaItems(options.lang),
                ]
                return ScenarioCommandsText.ok(options.lang) + scenario.name + " (" + region + ") — " + counts.joined(separator: ", ")
            }
        }
    }
}

/// The texts of this file, in Dutch and English.
enum ScenarioCommandsText {
    static let invalidScenario = LocalizedText(nl: "ongeldig scenario: ", en: "invalid scenario: ")
    static let actors = LocalizedText(nl: "actoren", en: "actors")
    static let relations = LocalizedText(nl: "relaties", en: "relations")
    static let exampleFacts = LocalizedText(nl: "voorbeeldfeiten", en: "example facts")
    static let agendaItems = LocalizedText(nl: "agendapunten", en: "agenda items")
    static let ok = LocalizedText(nl: "in orde: ", en: "ok: ")
}
