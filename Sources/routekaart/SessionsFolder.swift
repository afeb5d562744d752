import Foundation
import RoutekaartCore

/// Where sessions are kept: `sessions-folder` in the settings file, else
/// `$XDG_DATA_HOME/routekaart/sessions`, by default `~/.local/share/routekaart/sessions`;
/// readable by the owner only.
enum SessionsFolder {
    static var path: String { inForce.value }

    static var inForce: SettingInForce<String> {
        if let chosen = Settings.loaded.sessionsFolder { return SettingInForce(value: chosen.value, source: .file(line: chosen.line)) }
        let xdg = ProcessEnvironment.value("XDG_DATA_HOME").flatMap { $0.hasPrefix("/") ? $0 : nil }
        return SettingInForce(value: dataFolder + "/sessions", source: xdg == nil ? .builtIn : .environment("XDG_DATA_HOME"))
    }

    /// `$XDG_DATA_HOME/routekaart`, by default `~/.local/share/routekaart`.
    static var dataFolder: String {
        let base = ProcessEnvironment.value("XDG_DATA_HOME").flatMap { $0.hasPrefix("/") ? $0 : nil } ?? ProcessEnvironment.home + "/.local/share"
        return base + "/routekaart"
    }

    /// Creates the folder (0700) if needed and returns a new file name in it.
    static func newSessionPath(title: String, now: Timestamp, utcOffset: Int) throws -> String {
        let folder = path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
        let c = now.components(offsetSeconds: utcOffset)
        func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
        let stamp = "\(c.year)-\(two(c.month))-\(two(c.day))-\(two(c.hour))\(two(c.minute))\(two(c.second))"
        var name = "\(folder)/\(stamp)-\(slug(title)).json"
        var n = 2
        while FileManager.default.fileExists(atPath: name) {
            name = "\(folder)/\(stamp)-\(slug(title))-\(n).json"
            n += 1
        }
        return name
    }

    /// "Demo-werkplaats Regio Zwolle" → "demo-werkplaats-regio-zwolle".
    static func slug(_ title: String) -> String {
        let folded = TextCleaning.folded(title)
        var out = ""
        for c in folded.unicodeScalars {
            if ("a"..."z").contains(c) || ("0"..."9").contains(c) {
                out.unicodeScalars.append(c)
            } else if !out.isEmpty, out.last != "-" {
                out += "-"
            }
        }
        while out.last == "-" { out.removeLast() }
        return out.isEmpty ? "sessie" : String(out.prefix(48))
    }

    /// Today's date, "2026-11-29", for a new session's details.
    static func today(_ now: Timestamp, utcOffset: Int) -> String {
        let c = now.components(offsetSeconds: utcOffset)
        func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
        return "\(c.year)-\(two(c.month))-\(two(c.day))"
    }
}
