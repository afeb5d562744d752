import ArgumentParser
import Foundation
import RoutekaartUI

extension Routekaart {
    /// Every key, screen by screen, from the key data the screens use.
    struct Keys: ParsableCommand, TakesGlobalOptions {
        static let configuration = CommandConfiguration(commandName: "keys",
            abstract: "Print every key, screen by screen (in the interface language); --man gives the manual page routekaart-toetsen(1).")

        @Flag(help: "Print a manual page in man(7) markup instead of plain text.")
        var man = false

        @OptionGroup var options: GlobalOptions

        func run() throws {
            let version = Routekaart.configuration.version
            try StandardOutput.print(man ? KeyOverview.manualPage(options.lang, version: version) : KeyOverview.text(options.lang), language: options.lang)
        }
    }
}
