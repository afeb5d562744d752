import ArgumentParser
import Foundation
import RoutekaartCore

extension Routekaart {
    /// The settings in force and where each one came from.
    struct Config: ParsableCommand, TakesGlobalOptions {
        static let configuration = CommandConfiguration(commandName: "config",
            abstract: "Print the settings in force and where each came from (command line, settings file, environment, default).",
            discussion: "The settings file is \(Settings.path). It may set: language = \"nl\" | \"en\", theme = \"default\" | \"projector\" | \"mono\", facilitator = \"NAME\", sessions-folder = \"PATH\", bell = true | false.")

        @OptionGroup var options: GlobalOptions

        func run() throws {
            let lang = options.lang
            let file = Settings.path
            let present = FileManager.default.fileExists(atPath: file)
            let facilitator = Settings.loaded.facilitator
            let rows: [(String, String, SettingSource)] = [
                ("language", options.language.value.rawValue, options.language.source),
                ("theme", options.theme.value, options.theme.source),
                ("facilitator", facilitator?.value ?? "—", facilitator.map { .file(line: $0.line) } ?? .builtIn),
                ("sessions-folder", SessionsFolder.inForce.value, SessionsFolder.inForce.source),
                ("bell", options.bell.value ? "true" : "false", options.bell.source),
            ]
            let keyWidth = rows.map(\.0.count).max() ?? 0
            let valueWidth = rows.map(\.1.count).max() ?? 0
            var text = ConfigText.settingsFile(lang, file) + (present ? "" : " " + ConfigText.absent(lang)) + "\n"
            for (key, value, source) in rows {
                text += key.padding(toLength: keyWidth + 2, withPad: " ", startingAt: 0)
                    + value.padding(toLength: valueWidth + 2, withPad: " ", startingAt: 0) + source.description(lang) + "\n"
            }
            try StandardOutput.print(text, language: lang)
        }
    }
}

/// The texts of this file, in Dutch and English.
enum ConfigText {
    static let settingsFile = LocalizedText(nl: "instellingenbestand: %1", en: "settings file: %1")
    static let absent = LocalizedText(nl: "(bestaat niet)",
                                      en: "(does not exist)")
}
