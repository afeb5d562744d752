import RoutekaartCore
@testable import RoutekaartUI

/// 2026-11-29 14:00:00 UTC.
let t0 = Timestamp(iso8601: "2026-11-29T14:00:00.000Z")!

func at(_ seconds: Int) -> Timestamp { Timestamp(milliseconds: t0.milliseconds + Int64(seconds) * 1000) }

/// The demo workshop in memory, as a facilitator would find it after `routekaart`.
func demoApp(language: Language = .nl, environment: AppEnvironment = AppEnvironment(utcOffsetSeconds: 3600)) throws -> WorkshopApp {
    let scenario = Scenario.builtIn("demo")!
    let session = LiveSession(created: t0)
    for command in scenario.startCommands(date: "2026-11-29") { try session.execute(command, at: t0) }
    return WorkshopApp(session: session, language: language, environment: environment, now: t0)
}

/// Sends keys one second apart and returns the time after the last.
@discardableResult
func press(_ app: WorkshopApp, _ keys: [Key], from start: Int = 1, width: Int = 120, height: Int = 40) -> Int {
    var t = start
    for key in keys {
        app.handle(key, now: at(t), width: width, height: height)
        t += 1
    }
    return t
}

func type(_ text: String) -> [Key] { text.map { Key.char($0) } }

extension WorkshopApp {
    func screen(_ width: Int, _ height: Int, at seconds: Int = 100) -> String {
        render(width: width, height: height, now: at(seconds)).text
    }
}
