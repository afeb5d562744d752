import Foundation
import RoutekaartCore
import Testing
@testable import RoutekaartUI

/// The text screenshots in docs/facilitator-guide.md are replay dumps of a session that
/// this test writes; they must match. RECORD_GOLDENS=1 rewrites them in the guide.
@Suite struct GuideScreensTests {
    static let guide = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("docs/facilitator-guide.md")

    /// A session from the Agrifood Capital scenario, saved to a file and read back.
    func session() throws -> [RecordedEvent] {
        let folder = NSTemporaryDirectory() + "routekaart-guide-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let scenario = try #require(Scenario.builtIn("agrifood-capital"))
        let live = try LiveSession.create(at: folder + "/gids.json", commands: scenario.startCommands(date: "2026-11-29"), now: t0)
        var minute = 1
        func run(_ commands: [WorkshopCommand]) throws {
            for c in commands {
                try live.execute(c, at: at(minute * 60))
                minute += 1
            }
        }
        try run([.addParticipant(ParticipantFields(name: "Anouk de Vries", organisation: "Gemeente 's-Hertogenbosch", helix: .government, role: "wethouder Economie")),
                 .addParticipant(ParticipantFields(name: "Bram Verhoeven", organisation: "Voedingsbedrijf", helix: .business, role: "directeur")),
                 .addParticipant(ParticipantFields(name: "Chloë de Graaf", organisation: "HAS green academy", helix: .education, role: "lector")),
                 .addParticipant(ParticipantFields(name: "Dirk Smits", organisation: "Rabobank", helix: .business, role: "relatiemanager")),
                 .openWegwijzer(2),
                 .add(PartyInterest(party: "Gemeente 's-Hertogenbosch", interest: "jongeren blijven in de regio wonen en werken")),
                 .add(PartyInterest(party: "Voedingsbedrijf", interest: "genoeg technici voor de productielijnen")),
                 .add(PartyInterest(party: "HAS green academy", interest: "stageplaatsen en praktijkvragen voor studenten")),
                 .stateChallenge("Samen zorgen dat de agrifoodsector de vakmensen vindt die ze de komende vijf jaar nodig heeft"),
                 .add(AgendaTopic(text: "Leerwerkplekken bij bedrijven in de regio", dots: 7)),
                 .add(AgendaTopic(text: "Zij-instromers uit andere sectoren omscholen", dots: 4)),
                 .add(AgendaTopic(text: "Een gezamenlijk loket voor werkgevers", dots: 2)),
                 .planHerijking("over een half jaar, in de stuurgroep"),
                 .setStatus(wegwijzer: 2, status: .done), .openWegwijzer(4),
                 .openWegwijzer(5), .openQuadrantRound(QuadrantRoundSetup(kind: .current, style: .single))])
        for (p, q) in [("p1", Quadrant.presterend), ("p2", .presterend), ("p3", .rechtmatig), ("p4", .presterend)] {
            try run([.castQuadrantVote(round: "q1", voter: ParticipantID(p), dots: QuadrantDots(q))])
        }
        try run([.openQuadrantRound(QuadrantRoundSetup(kind: .desired, style: .single))])
        for (p, q) in [("p1", Quadrant.netwerkend), ("p2", .netwerkend), ("p3", .netwerkend), ("p4", .presterend)] {
            try run([.castQuadrantVote(round: "q2", voter: ParticipantID(p), dots: QuadrantDots(q))])
        }
        try run([.openWegwijzer(7), .openWeefselRound(WeefselRoundSetup())])
        let grid = ["p1": "34434433355443", "p2": "44333343524444", "p3": "43443334145334", "p4": "33343343454404"]
        for (row, scores) in grid.sorted(by: { $0.key < $1.key }) {
            for (i, ch) in scores.enumerated() {
                try run([.giveWeefselScore(round: "w1", row: row, indicator: Method.weefselIndicators[i].id, value: Int(String(ch))!)])
            }
        }
        try run([.openOverview])
        return try SessionLoader.load(folder + "/gids.json").events
    }

    /// Which screens the guide shows: a name and the moment, as the last event of a kind.
    func screens(_ events: [RecordedEvent]) -> [(String, Int)] {
        func after(_ match: (WorkshopEvent) -> Bool) -> Int { (events.lastIndex { match($0.event) } ?? 0) + 1 }
        return [
            ("overzicht", events.count),
            ("opgave", after { $0 == .wegwijzerStatusChanged(wegwijzer: 2, status: .done) }),
            ("netwerkbord", after { $0 == .wegwijzerOpened(4) }),
            ("kwadranten", after { if case .quadrantVoteCast(round: "q2", _) = $0 { true } else { false } }),
            ("weefsel", after { if case .weefselScoreGiven = $0 { true } else { false } }),
        ]
    }

    @Test func theGuideShowsTrueScreens() throws {
        let events = try session()
        var guide = try String(contentsOf: Self.guide, encoding: .utf8)
        var count = 0
        for (name, position) in screens(events) {
            let dump = ReplayController.dump(events: events, at: position, width: 80, height: 24, language: .nl)
            let open = "<!-- scherm: \(name) -->\n```text\n", close = "```\n<!-- /scherm -->"
            guard let start = guide.range(of: open), let end = guide.range(of: close, range: start.upperBound..<guide.endIndex) else {
                Issue.record("docs/facilitator-guide.md has no block \(open)")
                continue
            }
            let current = String(guide[start.upperBound..<end.lowerBound])
            if ProcessInfo.processInfo.environment["RECORD_GOLDENS"] == "1" {
                guide.replaceSubrange(start.upperBound..<end.lowerBound, with: dump)
            } else {
                #expect(current == dump, "screen \(name) in the guide is out of date; run RECORD_GOLDENS=1 swift test and review")
            }
            count += 1
        }
        #expect(count >= 5)
        if ProcessInfo.processInfo.environment["RECORD_GOLDENS"] == "1" {
            try guide.write(to: Self.guide, atomically: true, encoding: .utf8)
        }
    }
}
