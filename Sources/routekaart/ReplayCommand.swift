import ArgumentParser
import Foundation
import RoutekaartCore
import RoutekaartUI

extension Routekaart {
    /// Replay a session step by step with the workshop's own screens; changes nothing.
    struct Replay: ParsableCommand, TakesGlobalOptions {
        static let configuration = CommandConfiguration(commandName: "replay",
            abstract: "Replay a session step by step, or print the screen at one point with --dump.")

        @Argument(help: "The session file.")
        var file: String

        @Option(help: "Playing speed: 0.25 to 32.")
        var speed: Double = 1

        @Option(help: "Start after this many events.")
        var from: Int = 0

        @Option(help: "With --dump: the screen after this many events (default: all).")
        var at: Int?

        @Flag(help: "Print the screen as plain text and exit.")
        var dump = false

        @Option(help: "With --dump: the screen size, e.g. 120x40.")
        var size: String = "120x40"

        @OptionGroup var options: GlobalOptions

        func validate() throws {
            guard (0.25...32).contains(speed) else { throw ValidationError(UsageText.speedRange(UsageText.language)) }
            guard from >= 0, (at ?? 0) >= 0 else { throw ValidationError(UsageText.fromAndAt(UsageText.language)) }
            guard parsedSize != nil else { throw ValidationError(UsageText.size(UsageText.language)) }
        }

        var parsedSize: (Int, Int)? {
            let parts = size.lowercased().split(separator: "x").compactMap { Int($0) }
            guard parts.count == 2, parts[0] >= 80, parts[1] >= 24, parts[0] <= 1000, parts[1] <= 1000 else { return nil }
            return (parts[0], parts[1])
        }

        func run() throws {
            let events: [RecordedEvent]
            do {
                events = try SessionLoader.load(file).events
            } catch {
                throw Failure(file, error, options.lang)
            }
            let offset = ProcessEnvironment.utcOffsetSeconds
            if dump {
                let (w, h) = parsedSize!
                try StandardOutput.print(ReplayController.dump(events: events, at: min(at ?? events.count, events.count), width: w, height: h,
                                                               language: options.lang, utcOffsetSeconds: offset), language: options.lang)
                return
            }
            try RunLoop.requireTerminal(options.lang)
            let replay = ReplayController(events: events, from: from, speed: speed, language: options.lang, utcOffsetSeconds: offset)
            let status = try RunLoop.drive(replay, theme: options.resolvedTheme, language: options.lang)
            if status != 0 { throw ExitCode(status) }
        }
    }
}
