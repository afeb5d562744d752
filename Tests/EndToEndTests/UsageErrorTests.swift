import Foundation
import Testing

/// Usage errors follow the interface language, as the other errors do: Dutch by default,
/// English with --lang en (or the settings file's language); always exit status 2.
@Suite struct UsageErrorTests {
    @Test func dutchByDefault() throws {
        let missing = try run(routekaartBinary, ["export"])
        #expect(missing.status == 2)
        #expect(missing.stderr.hasPrefix("Fout: verwacht argument ontbreekt: '<file>'\n"), "\(missing.stderr)")
        #expect(missing.stderr.contains("Gebruik: routekaart export") && missing.stderr.contains("Zie 'routekaart export --help' voor meer uitleg."))
        let invalid = try run(routekaartBinary, ["export", "x.json", "--format", "pdf"])
        #expect(invalid.stderr.hasPrefix("Fout: de waarde 'pdf' is ongeldig voor '--format <format>'; kies uit 'md', 'html', 'csv' of 'json'.\n"))
        let own = try run(routekaartBinary, ["replay", "x.json", "--speed", "99"])
        #expect(own.status == 2)
        #expect(own.stderr.hasPrefix("Fout: --speed ligt tussen 0,25 en 32\n"))
        #expect(try run(routekaartBinary, ["open", "--bogus"]).stderr.hasPrefix("Fout: onbekende optie '--bogus'\n"))
    }

    @Test func englishWithLangEnOrTheSettingsFile() throws {
        let given = try run(routekaartBinary, ["new", "--theme", "neon", "--lang", "en"])
        #expect(given.status == 2)
        #expect(given.stderr.hasPrefix("Error: unknown theme 'neon'; choose default, projector or mono\n"), "\(given.stderr)")
        let home = try makeTemporaryFolder()
        try FileManager.default.createDirectory(atPath: home + "/config/routekaart", withIntermediateDirectories: true)
        try "language = \"en\"\n".write(toFile: home + "/config/routekaart/config.toml", atomically: true, encoding: .utf8)
        let fromFile = try run(routekaartBinary, ["export"], environment: ["HOME": home, "XDG_CONFIG_HOME": home + "/config"])
        #expect(fromFile.stderr.hasPrefix("Error: Missing expected argument '<file>'\n"))
    }
}
