import Foundation
import RoutekaartCore

/// Usage errors in the interface language: the program's own, and swift-argument-parser's,
/// which come in English and are translated line by line for Dutch.
enum UsageText {
    /// `--lang` as given on the command line, else the settings file's language, else Dutch.
    /// Read from the arguments themselves: a usage error comes before any options exist.
    static var language: Language {
        let arguments = CommandLine.arguments
        for (i, argument) in arguments.enumerated() {
            if argument.hasPrefix("--lang="), let l = Language(rawValue: String(argument.dropFirst(7))) { return l }
            if argument == "--lang", i + 1 < arguments.count, let l = Language(rawValue: arguments[i + 1]) { return l }
        }
        return Settings.loaded.language?.value ?? .nl
    }

    /// swift-argument-parser's message in `language`.
    static func localized(_ message: String, _ language: Language) -> String {
        guard language == .nl else { return message }
        var text = message
        for (pattern, template) in dutch {
            text = text.replacing(pattern) { match in
                var out = template
                for i in 1..<match.output.count { out = out.replacingOccurrences(of: "$\(i)", with: String(match.output[i].substring ?? "")) }
                return out
            }
        }
        return text
    }

    private nonisolated(unsafe) static let dutch: [(Regex<AnyRegexOutput>, String)] = [
        (try! Regex("^Error: "), "Fout: "),
        (try! Regex("(?m)^Usage: "), "Gebruik: "),
        (try! Regex("(?m)^Help: "), "Hulp: "),
        (try! Regex("See '([^']*)' for more information\\."), "Zie '$1' voor meer uitleg."),
        (try! Regex("Missing expected argument '([^']*)'"), "verwacht argument ontbreekt: '$1'"),
        (try! Regex("Unknown option '([^']*)'"), "onbekende optie '$1'"),
        (try! Regex("Unexpected arguments? (.*)"), "onverwacht argument $1"),
        (try! Regex("Missing value for '([^']*)'"), "waarde ontbreekt voor '$1'"),
        (try! Regex("The value '([^']*)' is invalid for '([^']*)'\\. Please provide one of (.*)\\."), "de waarde '$1' is ongeldig voor '$2'; kies uit $3."),
        (try! Regex("' or '"), "' of '"),
        (try! Regex("' and '"), "' en '"),
    ]

    static let unknownTheme = LocalizedText(nl: "onbekend thema '%1'; kies default, projector of mono", en: "unknown theme '%1'; choose default, projector or mono")
    static let atTakesANumber = LocalizedText(nl: "--at neemt een aantal gebeurtenissen, 0 of meer", en: "--at takes a number of events, 0 or more")
    static let csvNeedsATable = LocalizedText(nl: "CSV naar standaarduitvoer vraagt --table (of geef -o MAP)", en: "CSV to standard output needs --table (or give -o FOLDER)")
    static let speedRange = LocalizedText(nl: "--speed ligt tussen 0,25 en 32", en: "--speed must be between 0.25 and 32")
    static let fromAndAt = LocalizedText(nl: "--from en --at nemen een aantal gebeurtenissen, 0 of meer", en: "--from and --at take a number of events, 0 or more")
    static let size = LocalizedText(nl: "--size neemt BREEDTExHOOGTE, minstens 80x24, bijvoorbeeld 120x40", en: "--size takes WIDTHxHEIGHT, at least 80x24, e.g. 120x40")
    static let listen = LocalizedText(nl: "--listen neemt ADRES:POORT, bijvoorbeeld 192.168.1.10:8080, niet '%1'",
                                      en: "--listen takes ADDRESS:PORT, for example 192.168.1.10:8080, not '%1'")
}
