import Foundation
import Testing
@testable import RoutekaartCore

@Suite struct WeefselTests {
    @Test func meanMedianAndSpreadOfAFewScores() {
        let s = ScoreSummary([2, 4, 4, 5])
        #expect(s.count == 4)
        #expect(s.mean == 3.75)
        #expect(s.median == 4)
        // deviations −1.75, .25, .25, 1.25 → squares 3.0625 + .0625 + .0625 + 1.5625 = 4.75; /4 = 1.1875
        #expect(abs(s.spread! - 1.1875.squareRoot()) < 1e-12)
        #expect(s.distribution == [0, 1, 0, 2, 1])
        #expect(s.isDivided)  // a 2 and a 4–5
    }

    @Test func weetNietIsCountedApartAndLeftOut() {
        let s = ScoreSummary([3, dontKnowScore, 5, dontKnowScore])
        #expect(s.unknown == 2)
        #expect(s.count == 2)
        #expect(s.mean == 4)
        #expect(s.median == 4)
        #expect(s.spread == 1)
        #expect(!s.isDivided)
    }

    @Test func onlyWeetNietHasNoStatistics() {
        let s = ScoreSummary([dontKnowScore, dontKnowScore])
        #expect(s.count == 0 && s.unknown == 2)
        #expect(s.mean == nil && s.median == nil && s.spread == nil)
        #expect(!s.isDivided)
    }

    @Test func aSingleParticipant() {
        let s = ScoreSummary([4])
        #expect(s.mean == 4 && s.median == 4 && s.spread == 0)
        #expect(!s.isDivided)
    }

    @Test func allEqualScores() {
        let s = ScoreSummary([3, 3, 3, 3, 3])
        #expect(s.mean == 3 && s.median == 3 && s.spread == 0)
        #expect(s.distribution == [0, 0, 5, 0, 0])
        #expect(!s.isDivided)
    }

    @Test func aLargeSpreadWithoutExtremesIsDividedToo() {
        // 1s and 3s only: no 4–5, but spread = 1 → not divided; 1s and 5s → divided.
        #expect(!ScoreSummary([1, 3, 1, 3]).isDivided)
        #expect(ScoreSummary([1, 5]).isDivided)
        #expect(ScoreSummary([1, 1, 3, 3, 3, 3]).spread! < 1.2)
    }

    @Test func statisticsPerIndicatorAndElement() throws {
        let h = try history([.addParticipant(.init(name: "A")), .addParticipant(.init(name: "B")),
                             .openWeefselRound(.init()),
                             .giveWeefselScore(round: "w1", row: "p1", indicator: "weefsel.vertrouwen", value: 1),
                             .giveWeefselScore(round: "w1", row: "p2", indicator: "weefsel.vertrouwen", value: 5),
                             .giveWeefselScore(round: "w1", row: "p1", indicator: "weefsel.gunnen", value: 3),
                             .giveWeefselScore(round: "w1", row: "p2", indicator: "weefsel.gunnen", value: dontKnowScore),
                             .giveWeefselScore(round: "w1", row: "p1", indicator: "structuur.regels", value: 4)])
        let stats = WeefselStatistics(try #require(h.state.weefselRound("w1")))
        #expect(stats.byIndicator["weefsel.vertrouwen"]?.mean == 3)
        #expect(stats.byIndicator["weefsel.vertrouwen"]?.isDivided == true)
        #expect(stats.byIndicator["weefsel.gunnen"]?.unknown == 1)
        #expect(stats.byElement[.weefsel]?.distribution == [1, 0, 1, 0, 1])
        #expect(stats.byElement[.structuur]?.mean == 4)
        #expect(stats.byElement[.personen]?.mean == nil)
    }

    @Test func scoresAreChecked() throws {
        let h = try history([.addParticipant(.init(name: "A")), .openWeefselRound(.init()), .openWeefselRound(.init(anonymous: true))])
        #expect(throws: CommandError.scoreOutOfRange(6)) { try Engine.execute(.giveWeefselScore(round: "w1", row: "p1", indicator: "weefsel.gunnen", value: 6), on: h) }
        #expect(throws: CommandError.unknownIndicator("weefsel.x")) { try Engine.execute(.giveWeefselScore(round: "w1", row: "p1", indicator: "weefsel.x", value: 3), on: h) }
        #expect(throws: CommandError.rowNotInRound("p7")) { try Engine.execute(.giveWeefselScore(round: "w1", row: "p7", indicator: "weefsel.gunnen", value: 3), on: h) }
        #expect(throws: CommandError.rowNotInRound("p1")) { try Engine.execute(.giveWeefselScore(round: "w2", row: "p1", indicator: "weefsel.gunnen", value: 3), on: h) }
        #expect(throws: CommandError.unknownRound("w9")) { try Engine.execute(.revealWeefselRound("w9"), on: h) }
        #expect(try Engine.execute(.giveWeefselScore(round: "w2", row: "r3", indicator: "weefsel.gunnen", value: 3), on: h).count == 1)
    }

    @Test func anAnonymousScoringRoundStoresNoParticipantIds() throws {
        let h = try history([.addParticipant(.init(name: "A")), .openWeefselRound(.init(anonymous: true, blind: true)),
                             .giveWeefselScore(round: "w1", row: "r1", indicator: "weefsel.vertrouwen", value: 2)])
        for e in h.events { if case let .weefselScoreGiven(_, cell, _) = e.event { #expect(cell.row == "r1") } }
        var log = SessionHistory(replaying: h.events)
        log.record(RecordedEvent(seq: log.nextSeq, at: t0, event: .weefselScoreGiven(round: "w1", WeefselCell(row: "p1", indicator: "weefsel.gunnen"), value: 4)))
        #expect(log.state.weefselRound("w1")?.answers[WeefselCell(row: "p1", indicator: "weefsel.gunnen")] == nil)
    }

    @Test func notesPerElementAndTheWrongWayFlag() throws {
        let h = try history([.editElementNotes(.weefsel, ElementNotes(goesWell: "korte lijnen", mustChange: " oude netwerken ", whoActs: "wethouder")),
                             .setWrongWayFlag(WrongWayFlag(raised: true, note: "alleen de vaste partners"))])
        #expect(h.state.elementNotes[.weefsel] == ElementNotes(goesWell: "korte lijnen", mustChange: "oude netwerken", whoActs: "wethouder"))
        #expect(h.state.wrongWay == WrongWayFlag(raised: true, note: "alleen de vaste partners"))
    }

    @Test func trendsSinceAnEarlierSession() {
        #expect(Trend(from: 3.2, to: 3.8) == .up(3.8 - 3.2))
        #expect(Trend(from: 3.2, to: 3.8)?.text(.en) == "↑ +0.6")
        #expect(Trend(from: 3.2, to: 3.8)?.text(.nl) == "↑ +0,6", "Dutch writes a decimal comma")
        #expect(Trend(from: 4, to: 3.6)?.text(.en) == "↓ −0.4")
        #expect(Trend.same.text(.nl) == "= 0,0")
        #expect(Trend.format(3.55, .nl) == "3,6" && Trend.format(3.55, .en) == "3.6")
        #expect(Trend(from: 3, to: 3.04) == .same)
        #expect(Trend(from: nil, to: 3) == nil)
    }
}
