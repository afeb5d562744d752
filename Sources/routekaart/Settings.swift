import Foundation
import RoutekaartCore
import RoutekaartUI
import TOMLKit

/// The settings file, `$XDG_CONFIG_HOME/routekaart/config.toml` (by default
/// `~/.config/routekaart/config.toml`): defaults that options on the command line override.
/// A file with one bad key or value is refused whole.
struct Settings: Sendable {
    /// A value as the file gives it, with the line it is on.
    struct Entry<Value: Sendable>: Sendable {
        var value: Value
        var line: Int
    }

    var language: Entry<Language>?
    var theme: Entry<String>?
    var facilitator: Entry<String>?
    var sessionsFolder: Entry<String>?
    var bell: Entry<Bool>?

    /// The keys the file may hold, in the order `routekaart config` lists them.
    static let keys = ["language", "theme", "facilitator", "sessions-folder", "bell"]

    static var path: String {
        let base = ProcessEnvironment.value("XDG_CONFIG_HOME").flatMap { $0.hasPrefix("/") ? $0 : nil } ?? ProcessEnvironment.home + "/.config"
        return base + "/routekaart/config.toml"
    }

    /// The most a settings file may hold, checked before it is read: five settings take a
    /// few hundred bytes, and a file of megabytes is something else.
    static let maximumBytes = 64 << 10

    /// The file at `path` read once, the first time it is asked for.
    static let current: Result<Settings, SettingsError> = Result { () throws(SettingsError) in try read(path) }

    /// The settings in force; none when the file is missing or refused (the program then stops before it runs).
    static var loaded: Settings { (try? current.get()) ?? Settings() }

    /// The settings in the file at `path`; none when there is no file.
    static func read(_ path: String) throws(SettingsError) -> Settings {
        guard FileManager.default.fileExists(atPath: path) else { return Settings() }
        var info = stat()
        if stat(path, &info) == 0, Int(info.st_size) > maximumBytes { throw SettingsError(path: path, line: nil, problem: .tooLarge) }
        guard let data = FileManager.default.contents(atPath: path) else { throw SettingsError(path: path, line: nil, problem: .unreadable) }
        guard let text = String(data: data, encoding: .utf8) else { throw SettingsError(path: path, line: nil, problem: .notUTF8) }
        return try parse(text, path: path)
    }

    /// The settings in `text`, checked key by key; the first problem in the file is thrown.
    static func parse(_ text: String, path: String) throws(SettingsError) -> Settings {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw SettingsError(path: path, line: error.source.begin.line, problem: .syntax(error.description))
        } catch {
            throw SettingsError(path: path, line: nil, problem: .syntax("\(error)"))
        }
        var settings = Settings()
        var problems: [SettingsError] = []
        let places = Self.places(in: text)
        for (key, value) in table {
            let (line, written) = places[key] ?? (nil, "")
            func bad(_ expected: LocalizedText) { problems.append(SettingsError(path: path, line: line, problem: .badValue(key: key, written: written, expected: expected))) }
            switch key {
            case "language":
                if let v = value.string.flatMap(Language.init(rawValue:)) { settings.language = Entry(value: v, line: line ?? 0) } else { bad(SettingsText.expectsLanguage) }
            case "theme":
                if let v = value.string, Theme.named(v) != nil { settings.theme = Entry(value: v, line: line ?? 0) } else { bad(SettingsText.expectsTheme) }
            case "facilitator":
                if let v = value.string, !v.contains(where: \.isNewline), v.count <= Engine.Limits.name {
                    settings.facilitator = Entry(value: v, line: line ?? 0)
                } else {
                    bad(SettingsText.expectsName)
                }
            case "sessions-folder":
                if let v = value.string, let folder = Self.expandingHome(v) { settings.sessionsFolder = Entry(value: folder, line: line ?? 0) } else { bad(SettingsText.expectsFolder) }
            case "bell":
                if let v = value.bool { settings.bell = Entry(value: v, line: line ?? 0) } else { bad(SettingsText.expectsBoolean) }
            default:
                problems.append(SettingsError(path: path, line: line, problem: .unknownKey(key)))
            }
        }
        if let first = problems.min(by: { ($0.line ?? .max) < ($1.line ?? .max) }) { throw first }
        return settings
    }

    /// For each key the file sets or each table it opens: the first line (from 1) where it
    /// does, and what is written after its `=` (or the table's line). One pass over the
    /// file, so that thousands of keys cost no more than reading them.
    private static func places(in text: String) -> [String: (line: Int?, written: String)] {
        var places: [String: (line: Int?, written: String)] = [:]
        for (n, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("[") {
                let name = line.trimmingCharacters(in: CharacterSet(charactersIn: "[] \t"))
                if places[unquoted(name)] == nil { places[unquoted(name)] = (n + 1, line) }
            } else if let equals = line.firstIndex(of: "=") {
                let name = unquoted(line[..<equals].trimmingCharacters(in: .whitespaces))
                if places[name] == nil { places[name] = (n + 1, line[line.index(after: equals)...].trimmingCharacters(in: .whitespaces)) }
            }
        }
        return places
    }

    /// `"key"` or `'key'` as `key`.
    private static func unquoted(_ name: String) -> String {
        guard name.count >= 2, let first = name.first, first == name.last, first == "\"" || first == "'" else { return name }
        return String(name.dropFirst().dropLast())
    }

    /// "/srv/sessies" as is, "~/sessies" in the home folder; nil for a relative path.
    private static func expandingHome(_ path: String) -> String? {
        if path.hasPrefix("/") { return path }
        guard path.hasPrefix("~/") else { return nil }
        return ProcessEnvironment.home + path.dropFirst()
    }
}

/// Why the settings file is refused: one line naming the file, the line and the key.
struct SettingsError: Error, Sendable {
    enum Problem: Sendable {
        case unreadable, notUTF8, tooLarge
        case syntax(String)
        case unknownKey(String)
        case badValue(key: String, written: String, expected: LocalizedText)
    }

    let path: String
    let line: Int?
    let problem: Problem

    func message(_ language: Language) -> String {
        let place = path + (line.map { SettingsText.onLine(language, $0) } ?? "") + ": "
        switch problem {
        case .unreadable: return place + SettingsText.unreadable(language)
        case .notUTF8: return place + SettingsText.notUTF8(language)
        case .tooLarge: return place + SettingsText.tooLarge(language, String(Settings.maximumBytes >> 10))
        case let .syntax(detail): return place + SettingsText.notTOML(language, detail)
        case let .unknownKey(key): return place + SettingsText.unknownKey(language, key, Settings.keys.joined(separator: ", "))
        case let .badValue(key, written, expected): return place + SettingsText.badValue(language, key, expected(language), written)
        }
    }
}

/// Where a setting in force came from.
enum SettingSource {
    case commandLine(String)
    case file(line: Int)
    case environment(String)
    case builtIn

    func description(_ language: Language) -> String {
        switch self {
        case let .commandLine(option): SettingsText.fromCommandLine(language, option)
        case let .file(line): SettingsText.fromFile(language, line)
        case let .environment(name): SettingsText.fromEnvironment(language, name)
        case .builtIn: SettingsText.builtIn(language)
        }
    }
}

/// A setting's value and where it came from.
struct SettingInForce<Value: Sendable> {
    var value: Value
    var source: SettingSource

    /// The command line's value, else the file's, else `fallback`.
    init(option: String, given: Value?, file: Settings.Entry<Value>?, fallback: @autoclosure () -> SettingInForce<Value>) {
        if let given {
            self.init(value: given, source: .commandLine(option))
        } else if let file {
            self.init(value: file.value, source: .file(line: file.line))
        } else {
            self = fallback()
        }
    }

    init(value: Value, source: SettingSource) {
        self.value = value
        self.source = source
    }
}

/// The texts of this file, in Dutch and English.
enum SettingsText {
    static let onLine = LocalizedText(nl: ", regel %1", en: ", line %1")
    static let unreadable = LocalizedText(nl: "instellingenbestand kan niet worden gelezen", en: "settings file cannot be read")
    static let notUTF8 = LocalizedText(nl: "instellingenbestand is geen UTF-8-tekst", en: "settings file is not UTF-8 text")
    static let notTOML = LocalizedText(nl: "geen geldige TOML: %1", en: "not valid TOML: %1")
    static let tooLarge = LocalizedText(nl: "het bestand is groter dan %1 KiB; een instellingenbestand is een paar regels", en: "the file is larger than %1 KiB; a settings file is a few lines")
    static let unknownKey = LocalizedText(nl: "onbekende instelling '%1'; mogelijk zijn: %2", en: "unknown setting '%1'; possible are: %2")
    static let badValue = LocalizedText(nl: "'%1' moet %2 zijn, niet %3", en: "'%1' must be %2, not %3")
    static let expectsLanguage = LocalizedText(nl: "\"nl\" of \"en\"", en: "\"nl\" or \"en\"")
    static let expectsTheme = LocalizedText(nl: "\"default\", \"projector\" of \"mono\"", en: "\"default\", \"projector\" or \"mono\"")
    static let expectsName = LocalizedText(nl: "een naam tussen aanhalingstekens, op één regel, hoogstens \(Engine.Limits.name) tekens",
                                           en: "a name in quotes, on one line, at most \(Engine.Limits.name) characters")
    static let expectsFolder = LocalizedText(nl: "een volledig pad tussen aanhalingstekens (begint met / of ~/)",
                                             en: "a full path in quotes (starting with / or ~/)")
    static let expectsBoolean = LocalizedText(nl: "true of false", en: "true or false")
    static let fromCommandLine = LocalizedText(nl: "opdrachtregel (%1)", en: "command line (%1)")
    static let fromFile = LocalizedText(nl: "config.toml, regel %1", en: "config.toml, line %1")
    static let fromEnvironment = LocalizedText(nl: "omgeving (%1)", en: "environment (%1)")
    static let builtIn = LocalizedText(nl: "standaard", en: "default")
}
