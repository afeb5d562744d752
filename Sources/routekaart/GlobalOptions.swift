import ArgumentParser
import Foundation
import RoutekaartCore
import RoutekaartUI

extension Language: ExpressibleByArgument {}

/// Options every command takes.
struct GlobalOptions: ParsableArguments {
    @Option(help: "Interface language: nl (Dutch, the default) or en (English).")
    var lang: Language = .nl

    @Option(help: "Colours: default, projector (high contrast) or mono. NO_COLOR in the environment always gives mono.")
    var theme: String = "default"

    @Flag(help: "Ring the terminal bell when a wegwijzer's time is up (by default the signal is only on screen).")
    var bell = false

    mutating func validate() throws {
        guard Theme.named(theme) != nil else {
            throw ValidationError("unknown theme '\(theme)'; choose default, projector or mono")
        }
    }

    /// The theme to draw with, honouring NO_COLOR.
    var resolvedTheme: Theme {
        if let noColor = ProcessInfo.processInfo.environment["NO_COLOR"], !noColor.isEmpty { return .mono }
        return Theme.named(theme) ?? .standard
    }
}

/// Wall-clock time as the engine wants it.
func currentTime() -> Timestamp {
    Timestamp(secondsSince1970: Date().timeIntervalSince1970)
}
