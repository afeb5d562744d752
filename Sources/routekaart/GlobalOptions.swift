import ArgumentParser
import Foundation
import RoutekaartCore
import RoutekaartUI

extension Language: ExpressibleByArgument {}

/// Options every command takes. Each one left out falls back to the settings file, then
/// to the built-in default.
struct GlobalOptions: ParsableArguments {
    @Option(name: .customLong("lang"), help: "Interface language: nl (Dutch, the default) or en (English).")
    var langChoice: Language?

    @Option(name: .customLong("theme"), help: "Colours: default, projector (high contrast) or mono. NO_COLOR in the environment always gives mono.")
    var themeChoice: String?

    @Flag(name: .customLong("bell"), inversion: .prefixedNo,
          help: "Ring the terminal bell when a wegwijzer's time is up (by default the signal is only on screen).")
    var bellChoice: Bool?

    mutating func validate() throws {
        if let themeChoice, Theme.named(themeChoice) == nil {
            throw ValidationError(UsageText.unknownTheme(UsageText.language, themeChoice))
        }
    }

    var language: SettingInForce<Language> {
        SettingInForce(option: "--lang", given: langChoice, file: Settings.loaded.language, fallback: .init(value: .nl, source: .builtIn))
    }

    var theme: SettingInForce<String> {
        if let noColor = ProcessEnvironment.value("NO_COLOR"), !noColor.isEmpty {
            return SettingInForce(value: "mono", source: .environment("NO_COLOR"))
        }
        return SettingInForce(option: "--theme", given: themeChoice, file: Settings.loaded.theme, fallback: .init(value: "default", source: .builtIn))
    }

    var bell: SettingInForce<Bool> {
        SettingInForce(option: bellChoice == false ? "--no-bell" : "--bell", given: bellChoice, file: Settings.loaded.bell,
                       fallback: .init(value: false, source: .builtIn))
    }

    /// The interface language in force.
    var lang: Language { language.value }

    /// The theme to draw with, honouring NO_COLOR.
    var resolvedTheme: Theme { Theme.named(theme.value) ?? .standard }
}

/// A command that takes the global options.
protocol TakesGlobalOptions {
    var options: GlobalOptions { get }
}

/// Wall-clock time as the engine wants it.
func currentTime() -> Timestamp {
    Timestamp(secondsSince1970: Date().timeIntervalSince1970)
}
