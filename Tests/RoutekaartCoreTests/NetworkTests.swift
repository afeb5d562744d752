import Foundation
import Testing
@testable import RoutekaartCore

@Suite struct NetworkTests {
    func actor(_ id: String, _ kind: ActorKind = .municipality, closeness: Int = 3) -> Actor {
        Actor(id: id, fields: ActorFields(name: id.uppercased(), kind: kind, closeness: closeness), position: NetworkLayout.initialPosition(index: Int(id.dropFirst())!, closeness: closeness))
    }

    func relation(_ a: String, _ b: String, _ n: Int) -> Relation { Relation(id: "l\(n)", fields: RelationFields(from: a, to: b)) }

    @Test func betweennessOnAPath() {
        // n1 — n2 — n3 — n4: n2 lies on (1,3) and (1,4), n3 on (1,4) and (2,4).
        let a = NetworkAnalysis(actors: (1...4).map { actor("n\($0)") }, relations: [relation("n1", "n2", 1), relation("n2", "n3", 2), relation("n3", "n4", 3)])
        #expect(a.betweenness == ["n1": 0, "n2": 2, "n3": 2, "n4": 0])
        #expect(a.bridges == ["n2", "n3"])
        #expect(a.degree == ["n1": 1, "n2": 2, "n3": 2, "n4": 1])
    }

    @Test func betweennessOnAStar() {
        // Centre n1 with four leaves: it lies on all C(4,2) = 6 paths between leaves.
        let a = NetworkAnalysis(actors: (1...5).map { actor("n\($0)") }, relations: (2...5).map { relation("n1", "n\($0)", $0) })
        #expect(a.betweenness["n1"] == 6)
        #expect((2...5).allSatisfy { a.betweenness["n\($0)"] == 0 })
        #expect(a.bridges == ["n1"])
    }

    @Test func betweennessSplitsOverEqualPaths() {
        // A square n1–n2–n4 and n1–n3–n4: n2 and n3 each carry half of the path n1→n4 and n2→n3 goes via n1 or n4.
        let a = NetworkAnalysis(actors: (1...4).map { actor("n\($0)") },
                                relations: [relation("n1", "n2", 1), relation("n2", "n4", 2), relation("n1", "n3", 3), relation("n3", "n4", 4)])
        #expect(a.betweenness == ["n1": 0.5, "n2": 0.5, "n3": 0.5, "n4": 0.5])
    }

    @Test func componentsAndIsolatedActors() {
        let a = NetworkAnalysis(actors: (1...6).map { actor("n\($0)") },
                                relations: [relation("n1", "n2", 1), relation("n4", "n5", 2), relation("n5", "n6", 3), relation("n2", "n1", 4)])
        #expect(a.components == [["n4", "n5", "n6"], ["n1", "n2"], ["n3"]])
        #expect(a.isolated == ["n3"])
        #expect(a.degree["n1"] == 1)  // a second relation with the same pair counts once
    }

    @Test func missingGroupsOwnersAndTheOwnMunicipality() {
        var own = actor("n1", .municipality)
        own.fields.ownMunicipality = true
        var owner = actor("n2", .company)
        owner.fields.couldOwn = true
        let a = NetworkAnalysis(actors: [own, owner, actor("n3", .uwv)], relations: [])
        #expect(a.missingHelix == [.education, .citizens, .civilSociety])
        #expect(a.noEmployeeOrganisation)
        #expect(a.possibleOwners == ["n2"])
        #expect(a.ownMunicipality == ["n1"])
        #expect(ActorKind.allCases.allSatisfy { !Method.name($0).nl.isEmpty && Method.badge($0).count == 2 })
        #expect(Set(ActorKind.allCases.map(Method.badge)).count == ActorKind.allCases.count)
    }

    @Test func anEmptyNetwork() {
        let a = NetworkAnalysis(actors: [], relations: [])
        #expect(a.components.isEmpty && a.isolated.isEmpty && a.bridges.isEmpty)
        #expect(a.missingHelix == NetworkAnalysis.expectedHelix)
    }

    @Test func ringsFollowTheDistance() {
        #expect(BoardPoint(x: 0, y: 0).ring == 1)
        #expect(BoardPoint(x: 20, y: 0).ring == 1)
        #expect(BoardPoint(x: 21, y: 0).ring == 2)
        #expect(BoardPoint(x: 60, y: 80).ring == 5)
        #expect(BoardPoint(x: 100, y: 100).ring == 5)
        #expect(BoardPoint(x: 30, y: 40).onRing(2) == BoardPoint(x: 18, y: 24))
        #expect(BoardPoint(x: 300, y: -200).clamped == BoardPoint(x: 100, y: -100))
    }

    @Test func actorsAndRelationsThroughTheEngine() throws {
        var h = try history([.add(Actor(fields: ActorFields(name: "Gemeente Zwolle", kind: .municipality, ownMunicipality: true, closeness: 1))),
                             .add(Actor(fields: ActorFields(name: "ROC", kind: .education, closeness: 2))),
                             .add(Relation(fields: RelationFields(from: "n1", to: "n2", strength: .weak, quality: .tension, formal: true)))])
        #expect(h.state.actors.map(\.position.ring) == [1, 2])
        #expect(throws: CommandError.relationToItself) { try Engine.execute(.add(Relation(fields: RelationFields(from: "n1", to: "n1"))), on: h) }
        #expect(throws: CommandError.unknownItem("n9")) { try Engine.execute(.add(Relation(fields: RelationFields(from: "n1", to: "n9"))), on: h) }
        #expect(throws: CommandError.closenessOutOfRange(6)) { try Engine.execute(.add(Actor(fields: ActorFields(name: "X", closeness: 6))), on: h) }
        #expect(throws: CommandError.emptyName) { try Engine.execute(.add(Actor(fields: ActorFields(name: " "))), on: h) }

        // A move pins the actor and sets its ring from the distance.
        for e in try Engine.execute(.moveActor("n2", to: BoardPoint(x: 70, y: 10)), on: h) { h.record(RecordedEvent(seq: h.nextSeq, at: at(9), event: e)) }
        #expect(h.state.actor("n2")?.fields.closeness == 4)
        #expect(h.state.actor("n2")?.pinned == true)

        // Editing the closeness moves the actor to the middle of that ring.
        var fields = h.state.actor("n1")!.fields
        fields.closeness = 3
        for e in try Engine.execute(.edit(Actor(id: "n1", fields: fields)), on: h) { h.record(RecordedEvent(seq: h.nextSeq, at: at(10), event: e)) }
        #expect(h.state.actor("n1")?.position.ring == 3)

        // Removing an actor takes its relations along; undo brings both back.
        let before = h.state
        for command in [WorkshopCommand.remove(.actor, "n1"), .undo] {
            for e in try Engine.execute(command, on: h) { h.record(RecordedEvent(seq: h.nextSeq, at: at(11), event: e)) }
            if command == .remove(.actor, "n1") { #expect(h.state.relations.isEmpty && h.state.actors.count == 1) }
        }
        #expect(h.state == before)
    }

    @Test func theLayoutIsDeterministicKeepsRingsAndLeavesPinnedActors() throws {
        var commands: [WorkshopCommand] = (1...12).map { .add(Actor(fields: ActorFields(name: "A\($0)", kind: ActorKind.allCases[$0 % 13], closeness: $0 % 5 + 1))) }
        commands += (1...11).map { .add(Relation(fields: RelationFields(from: "n\($0)", to: "n\($0 % 12 + 1)"))) }
        commands.append(.moveActor("n3", to: BoardPoint(x: -50, y: 50)))
        let h = try history(commands)
        let first = NetworkLayout.arrange(h.state.actors, h.state.relations)
        let second = NetworkLayout.arrange(h.state.actors, h.state.relations)
        #expect(first == second)
        #expect(first["n3"] == nil)
        for a in h.state.actors where !a.pinned {
            #expect(first[a.id]?.ring == a.fields.closeness, "\(a.id)")
        }
        let laidOut = try history(commands + [.layOutNetwork])
        #expect(laidOut.state.actor("n3")?.position == BoardPoint(x: -50, y: 50))
        #expect(laidOut.state.actors.filter { !$0.pinned }.allSatisfy { $0.position == first[$0.id] })
    }

    /// Frames ask for the analysis again and again; a changed network is never answered
    /// from the last one.
    @Test func theAnalysisIsKeptUntilTheNetworkChanges() {
        let actors = (1...6).map { actor("n\($0)", .municipality) }
        var relations = [relation("n1", "n2", 1), relation("n2", "n3", 2), relation("n3", "n4", 3)]
        #expect(NetworkAnalysis.of(actors, relations) == NetworkAnalysis(actors: actors, relations: relations))
        relations.append(relation("n4", "n5", 4))
        let changed = NetworkAnalysis.of(actors, relations)
        #expect(changed == NetworkAnalysis(actors: actors, relations: relations))
        #expect(changed.degree["n5"] == 1)
        var renamed = actors
        renamed[4].fields.kind = .company
        #expect(NetworkAnalysis.of(renamed, relations) == NetworkAnalysis(actors: renamed, relations: relations))
    }
}
