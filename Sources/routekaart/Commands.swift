import ArgumentParser
import Foundation
import RoutekaartCore
import RoutekaartUI

/// routekaart: run a regional workshop along the ten wegwijzers.
struct Routekaart: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "routekaart",
        abstract: "Run a regional cooperation workshop along the route map of 'Werkende samenwerking'.",
        discussion: "Without a subcommand, opens the demo workshop. Sessions are saved in \(SessionsFolder.path).",
        version: "routekaart 0.1.0",
        subcommands: [Demo.self, New.self, Open.self, Sessions.self, Config.self, Keys.self, Check.self, Export.self, Replay.self, Scenarios.self, ScenarioGroup.self],
        defaultSubcommand: Demo.self)
}

extension Routekaart {
    /// The demo workshop, built in: needs no files.
    struct Demo: ParsableCommand, TakesGlobalOptions {
        static let configuration = CommandConfiguration(commandName: "demo", abstract: "Open a new demo workshop (the default).")

        @OptionGroup var options: GlobalOptions
        @OptionGroup var room: RoomOptions

        func run() throws {
            try startNew(scenario: "demo", title: nil, region: nil, facilitator: nil, output: nil, options: options, room: room, isDemo: true)
        }
    }

    /// A new session, from a scenario or blank.
    struct New: ParsableCommand, TakesGlobalOptions {
        static let configuration = CommandConfiguration(commandName: "new", abstract: "Start a new session and open it.")

        @Option(help: "Session title.")
        var title: String?

        @Option(help: "Region, e.g. \"Regio Zwolle\".")
        var region: String?

        @Option(help: "Who leads the session (default: 'facilitator' in the settings file).")
        var facilitator: String?

        @Option(help: "Built-in scenario name (\(Scenario.builtInNames.joined(separator: ", "))) or a scenario file.")
        var scenario: String = "leeg"

        @Option(name: .shortAndLong, help: "Where to save the session (default: a new file in the sessions folder).")
        var output: String?

        @OptionGroup var options: GlobalOptions
        @OptionGroup var room: RoomOptions

        func run() throws {
            try startNew(scenario: scenario, title: title, region: region, facilitator: facilitator, output: output, options: options, room: room)
        }
    }

    /// Resume a saved session where it was left.
    struct Open: ParsableCommand, TakesGlobalOptions {
        static let configuration = CommandConfiguration(commandName: "open",
            abstract: "Open a saved session where it was left.",
            discussion: "Without a file, lists the saved sessions to choose from: arrows, type to find, Enter opens, Esc quits.")

        @Argument(help: "The session file (default: choose from the saved sessions).")
        var file: String?

        @Flag(help: "Open the session changed last in the sessions folder.")
        var last = false

        @Option(help: "An earlier session of the same region: the weefsel scores show the change since then.")
        var compare: String?

        @OptionGroup var options: GlobalOptions
        @OptionGroup var room: RoomOptions

        func run() throws {
            var comparison: WeefselComparison?
            if let compare {
                do {
                    let earlier = SessionHistory(replaying: try SessionLoader.load(compare).events).state
                    guard let c = WeefselComparison(earlier: earlier) else {
                        throw Failure("\(compare): " + CommandsText.thisSessionHasNo(options.lang))
                    }
                    comparison = c
                } catch let error as SessionFileError {
                    throw Failure(compare, error, options.lang)
                }
            }
            try RunLoop.requireTerminal(options.lang)
            guard let file = try chosenFile() else { return }  // left the list with Esc
            let session: LiveSession
            do {
                session = try LiveSession.open(file, now: currentTime(), language: options.lang)
            } catch {
                throw Failure.from(error, path: file, language: options.lang)
            }
            let status = try RunLoop.run(session, options: options, room: room, comparison: comparison)
            if status != 0 { throw ExitCode(status) }
        }

        func validate() throws {
            if file != nil, last { throw ValidationError(CommandsText.fileOrLastNotBoth(options.lang)) }
        }

        /// The file given; with `--last` the usable session changed last; else the one chosen from the list.
        private func chosenFile() throws -> String? {
            if let file { return file }
            let catalogue = SessionCatalogue(folder: SessionsFolder.path, language: options.lang)
            guard !catalogue.entries.isEmpty else { throw Failure(SessionCatalogueText.noSessionsIn(options.lang, SessionsFolder.path)) }
            if last {
                guard let newest = catalogue.entries.first(where: { $0.problem == nil }) else {
                    throw Failure(SessionCatalogueText.noSessionsIn(options.lang, SessionsFolder.path))
                }
                return newest.path
            }
            let offset = ProcessEnvironment.utcOffsetSeconds
            let picker = SessionPicker(entries: catalogue.entries.map { $0.forPicker(utcOffset: offset) }, folder: SessionsFolder.path, language: options.lang)
            let status = try RunLoop.drive(picker, theme: options.resolvedTheme, language: options.lang)
            if status != 0 { throw ExitCode(status) }
            return picker.chosen
        }
    }

    /// Validate a session file and summarise it, without changing it.
    struct Check: ParsableCommand, TakesGlobalOptions {
        static let configuration = CommandConfiguration(commandName: "check", abstract: "Check a session file and print a summary; changes nothing.")

        @Argument(help: "The session file.")
        var file: String

        @OptionGroup var options: GlobalOptions

        func run() throws {
            let loaded: SessionLoader.Loaded
            do {
                loaded = try SessionLoader.load(file)
            } catch {
                throw Failure(file, error, options.lang)
            }
            try StandardOutput.print(CheckSummary(loaded: loaded, path: file, language: options.lang).text, language: options.lang)
            if case let .damaged(line) = loaded.journal {
                throw Failure(file, .journalDamaged(line: line), options.lang)
            }
        }
    }
}

/// Creates a session file from a scenario and runs it.
func startNew(scenario name: String, title: String?, region: String?, facilitator: String?, output: String?, options: GlobalOptions, room: RoomOptions, isDemo: Bool = false) throws {
    let lang = options.lang
    let scenario: Scenario
    if let builtIn = Scenario.builtIn(name) {
        scenario = builtIn
    } else if name.contains("/") || name.hasSuffix(".json") {
        guard let data = FileManager.default.contents(atPath: name) else {
            throw Failure("\(name): " + CommandsText.scenarioFileNotFound(lang))
        }
        do {
            scenario = try Scenario.decode(data)
        } catch {
            throw Failure("\(name): " + CommandsText.invalidScenario(lang) + error.detail)
        }
    } else {
        throw Failure(CommandsText.unknownScenarioChooseFrom(lang, name)
            + Scenario.builtInNames.joined(separator: ", ") + CommandsText.orGiveAPath(lang))
    }
    try RunLoop.requireTerminal(lang)
    let now = currentTime()
    let offset = ProcessEnvironment.utcOffsetSeconds
    let chosenTitle = title ?? scenario.title
    let path: String
    do {
        path = try output ?? SessionsFolder.newSessionPath(title: chosenTitle, now: now, utcOffset: offset)
    } catch {
        throw Failure("\(SessionsFolder.path): " + CommandsText.folderCannotBeCreated(lang) + " (\(error.localizedDescription))")
    }
    let session: LiveSession
    do {
        session = try LiveSession.create(
            at: path,
            commands: scenario.startCommands(title: chosenTitle, region: region, facilitator: facilitator ?? Settings.loaded.facilitator?.value,
                                             date: SessionsFolder.today(now, utcOffset: offset)),
            now: now, language: lang)
    } catch {
        throw Failure.from(error, path: path, language: lang)
    }
    let status = try RunLoop.run(session, options: options, room: room, tour: isDemo && !FirstRun.tourSeen, isDemo: isDemo)
    if status != 0 { throw ExitCode(status) }
}

/// Remembers, beside the sessions folder, that the guided tour was seen.
enum FirstRun {
    static var marker: String { SessionsFolder.dataFolder + "/rondleiding-gezien" }

    static var tourSeen: Bool { FileManager.default.fileExists(atPath: marker) }

    static func markTourSeen() {
        try? FileManager.default.createDirectory(atPath: SessionsFolder.dataFolder, withIntermediateDirectories: true,
                                                 attributes: [.posixPermissions: 0o700])
        _ = FileManager.default.createFile(atPath: marker, contents: Data("ja\n".utf8), attributes: [.posixPermissions: 0o600])
    }
}

/// The texts of this file, in Dutch and English.
enum CommandsText {
    static let fileOrLastNotBoth = LocalizedText(nl: "geef een sessiebestand of --last, niet allebei", en: "give a session file or --last, not both")
    static let scenarioFileNotFound = LocalizedText(nl: "scenariobestand niet gevonden of niet leesbaar", en: "scenario file not found or unreadable")
    static let invalidScenario = LocalizedText(nl: "ongeldig scenario: ", en: "invalid scenario: ")
    static let unknownScenarioChooseFrom = LocalizedText(nl: "onbekend scenario '%1'; kies uit: ", en: "unknown scenario '%1'; choose from: ")
    static let orGiveAPath = LocalizedText(nl: ", of geef een pad", en: ", or give a path")
    static let folderCannotBeCreated = LocalizedText(nl: "map kan niet worden gemaakt", en: "folder cannot be created")
    static let thisSessionHasNo = LocalizedText(nl: "deze sessie heeft geen weefselscores om mee te vergelijken", en: "this session has no weefsel scores to compare with")
}
