import Foundation
import Testing

/// The settings file `$XDG_CONFIG_HOME/routekaart/config.toml` and `routekaart config`.
@Suite struct SettingsEndToEndTests {
    /// A home whose settings file holds `text`.
    func home(settings text: String?) throws -> String {
        let home = try makeTemporaryFolder()
        if let text {
            try FileManager.default.createDirectory(atPath: home + "/config/routekaart", withIntermediateDirectories: true)
            try text.write(toFile: home + "/config/routekaart/config.toml", atomically: true, encoding: .utf8)
        }
        return home
    }

    func routekaart(_ arguments: [String], home: String) throws -> (status: Int32, stdout: String, stderr: String) {
        try run(routekaartBinary, arguments, environment: ["HOME": home, "XDG_DATA_HOME": home + "/data", "XDG_CONFIG_HOME": home + "/config", "NO_COLOR": ""])
    }

    /// The value and source `routekaart config` prints for `key`, as "value | source".
    func setting(_ key: String, in output: String) -> String? {
        guard let line = output.split(separator: "\n").first(where: { $0.hasPrefix(key + " ") }) else { return nil }
        let columns = line.split(separator: "  ").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        return columns.dropFirst().joined(separator: " | ")
    }

    @Test func withoutAFileEverythingIsTheDefault() throws {
        let home = try home(settings: nil)
        let result = try routekaart(["config"], home: home)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("instellingenbestand: \(home)/config/routekaart/config.toml (bestaat niet)\n"))
        #expect(setting("language", in: result.stdout) == "nl | standaard")
        #expect(setting("theme", in: result.stdout) == "default | standaard")
        #expect(setting("bell", in: result.stdout) == "false | standaard")
        #expect(setting("sessions-folder", in: result.stdout) == "\(home)/data/routekaart/sessions | omgeving (XDG_DATA_HOME)")
    }

    @Test func theFileSetsDefaultsAndTheCommandLineWins() throws {
        let home = try home(settings: """
            # routekaart
            language = "en"
            theme = "projector"
            facilitator = "Anna de Vries"
            sessions-folder = "~/sessies"
            bell = true
            """)
        let fromFile = try routekaart(["config"], home: home)
        #expect(fromFile.status == 0, "\(fromFile.stderr)")
        #expect(fromFile.stdout.hasPrefix("settings file: \(home)/config/routekaart/config.toml\n"), "the file's language is used at once")
        #expect(setting("language", in: fromFile.stdout)?.hasSuffix("config.toml, line 2") == true)
        #expect(setting("theme", in: fromFile.stdout)?.hasPrefix("projector") == true)
        #expect(setting("facilitator", in: fromFile.stdout)?.hasPrefix("Anna de Vries") == true)
        #expect(setting("sessions-folder", in: fromFile.stdout)?.hasPrefix("\(home)/sessies | ") == true)
        #expect(setting("bell", in: fromFile.stdout)?.hasSuffix("config.toml, line 6") == true)

        let overridden = try routekaart(["config", "--lang", "nl", "--theme", "mono", "--no-bell"], home: home)
        #expect(setting("language", in: overridden.stdout)?.hasSuffix("opdrachtregel (--lang)") == true, "\(overridden.stdout)")
        #expect(setting("theme", in: overridden.stdout) == "mono | opdrachtregel (--theme)")
        #expect(setting("bell", in: overridden.stdout)?.hasSuffix("opdrachtregel (--no-bell)") == true)

        let noColor = try run(routekaartBinary, ["config"], environment: ["HOME": home, "XDG_CONFIG_HOME": home + "/config", "NO_COLOR": "1"])
        #expect(setting("theme", in: noColor.stdout)?.hasSuffix("environment (NO_COLOR)") == true)

        // Other commands follow the file too: English, and the folder it names.
        let sessions = try routekaart(["sessions"], home: home)
        #expect(sessions.stdout == "no sessions yet in \(home)/sessies\n")
    }

    @Test func aNewSessionGetsTheFacilitatorAndLandsInTheChosenFolder() throws {
        let home = try home(settings: "facilitator = \"Zoë Janssen\"\nsessions-folder = \"~/werkplaatsen\"\n")
        let tmux = try TmuxSession(["new", "--title", "Werkplaats"], home: home)
        try tmux.waitFor("Werkplaats")
        try tmux.keys("q", "Enter")
        try tmux.waitForExit()
        #expect(try tmux.exitStatus() == 0)
        let files = try FileManager.default.contentsOfDirectory(atPath: home + "/werkplaatsen").filter { $0.hasSuffix(".json") }
        #expect(files.count == 1)
        let saved = try String(contentsOfFile: home + "/werkplaatsen/" + files[0], encoding: .utf8)
        #expect(saved.contains("\"facilitator\" : \"Zoë Janssen\""), "\(saved.prefix(600))")
    }

    @Test func anUnknownKeyIsNamedWithItsLineAndNothingStarts() throws {
        let home = try home(settings: "language = \"en\"\n\nthema = \"projector\"\n")
        let result = try routekaart(["new", "--title", "X"], home: home)
        #expect(result.status == 1)
        #expect(result.stderr == "routekaart: \(home)/config/routekaart/config.toml, regel 3: onbekende instelling 'thema'; "
            + "mogelijk zijn: language, theme, facilitator, sessions-folder, bell\n")
        #expect(result.stdout.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: home + "/data"), "no session folder or file was made")
    }

    /// A file of thousands of unknown keys names the first at its line (each key is found
    /// in one pass over the file, not a pass per key), and one over the size a settings
    /// file may have is refused before it is read.
    @Test func manyUnknownKeysAndAnOversizedFileAreRefusedWithOneLine() throws {
        let many = "[\"tabel\"]\n" + (1...3000).map { "'sleutel\($0)' = \($0)" }.joined(separator: "\n") + "\n"
        let named = try routekaart(["config"], home: try home(settings: "language = \"nl\"\n" + many))
        #expect(named.status == 1 && named.stderr.contains("regel 2: onbekende instelling 'tabel'"), "\(named.stderr)")
        let large = try home(settings: "# " + String(repeating: "x", count: 70_000) + "\nlanguage = \"nl\"\n")
        let refused = try routekaart(["config"], home: large)
        #expect(refused.status == 1 && refused.stderr == "routekaart: \(large)/config/routekaart/config.toml: het bestand is groter dan 64 KiB; een instellingenbestand is een paar regels\n",
                "\(refused.stderr)")
    }

    @Test func aBadValueIsNamedWithItsKeyAndLine() throws {
        let home = try home(settings: "language = \"en\"\ntheme = \"neon\"\n")
        let result = try routekaart(["sessions", "--lang", "en"], home: home)
        #expect(result.status == 1)
        #expect(result.stderr == "routekaart: \(home)/config/routekaart/config.toml, line 2: 'theme' must be \"default\", \"projector\" or \"mono\", not \"neon\"\n")
        #expect(result.stdout.isEmpty)

        let wrongType = try routekaart(["config"], home: try self.home(settings: "bell = \"ja\"\n"))
        #expect(wrongType.status == 1)
        #expect(wrongType.stderr.hasSuffix("config.toml, regel 1: 'bell' moet true of false zijn, niet \"ja\"\n"), "\(wrongType.stderr)")
    }

    @Test func aFileThatIsNotTOMLIsRefusedWithItsLine() throws {
        let home = try home(settings: "language = \"nl\"\ntheme =\n")
        let result = try routekaart(["config"], home: home)
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("routekaart: \(home)/config/routekaart/config.toml, regel 2: geen geldige TOML: "), "\(result.stderr)")
        #expect(result.stderr.split(separator: "\n").count == 1)
    }
}
