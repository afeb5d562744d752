import Foundation
@testable import RoutekaartCore

/// A fixed moment for tests: 2026-11-29 14:00:00 UTC.
let t0 = Timestamp(iso8601: "2026-11-29T14:00:00.000Z")!

func at(_ seconds: Int) -> Timestamp { Timestamp(milliseconds: t0.milliseconds + Int64(seconds) * 1000) }

/// Runs commands through the engine the way `LiveSession` does, one second apart.
func history(_ commands: [WorkshopCommand]) throws -> SessionHistory {
    var h = SessionHistory()
    for (i, c) in commands.enumerated() {
        for e in try Engine.execute(c, on: h) { h.record(RecordedEvent(seq: h.nextSeq, at: at(i), event: e)) }
    }
    return h
}

let demoDetails = SessionDetails(title: "Werkplaats Zwolle", region: "Regio Zwolle", date: "2026-11-29", facilitator: "Els")

/// A fresh folder under the system's temporary folder.
func temporaryFolder() throws -> String {
    let path = NSTemporaryDirectory() + "routekaart-tests-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}

func bytes(_ path: String) -> Data? { FileManager.default.contents(atPath: path) }
