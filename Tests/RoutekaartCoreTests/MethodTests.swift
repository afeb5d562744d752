import Testing
@testable import RoutekaartCore

@Suite struct MethodTests {
    @Test func tenWegwijzersNumberedOneToTen() {
        #expect(Method.wegwijzers.map(\.number) == Array(1...10))
        #expect(Method.wegwijzers.map(\.shortcut) == ["1", "2", "3", "4", "5", "6", "7", "8", "9", "0"])
    }

    @Test func everyWegwijzerHasTextsInBothLanguagesAndTwoToFourQuestions() {
        for w in Method.wegwijzers {
            for text in [w.title, w.guidance] + w.questions {
                #expect(!text.nl.isEmpty && !text.en.isEmpty, "wegwijzer \(w.number)")
                #expect(text.nl != text.en, "wegwijzer \(w.number): '\(text.nl)' is not translated")
            }
            #expect((2...4).contains(w.questions.count), "wegwijzer \(w.number)")
            #expect(Method.routePoint(w.routePoint) != nil, "wegwijzer \(w.number)")
        }
    }

    @Test func routePointsGroupTheWegwijzersAsInTheRouteMap() {
        #expect(Method.routePoints.map(\.id) == ["I", "II", "III", "IV", "V"])
        let grouping = Method.routePoints.map { p in Method.wegwijzers(under: p.id).map(\.number) }
        #expect(grouping == [[1, 2, 3], [4], [5, 6], [7, 8], [9, 10]])
    }

    @Test func quadrantsFillTheTwoByTwoOnceEach() {
        let cells = Set(Method.quadrants.map { "\($0.placement.column),\($0.placement.row)" })
        #expect(cells.count == 4)
        #expect(Method.info(.presterend).placement == QuadrantPlacement(column: 0, row: 0))
        #expect(Method.info(.netwerkend).placement == QuadrantPlacement(column: 1, row: 0))
        #expect(Method.info(.rechtmatig).placement == QuadrantPlacement(column: 0, row: 1))
        #expect(Method.info(.responsief).placement == QuadrantPlacement(column: 1, row: 1))
        #expect(Set(Method.quadrants.map(\.letter)).count == 4)
        #expect(Set(Method.quadrants.map(\.quadrant)) == Set(Quadrant.allCases))
    }

    @Test func weefselIndicatorsCoverTheThreeElements() {
        let counts = WeefselElement.allCases.map { e in Method.weefselIndicators.filter { $0.element == e }.count }
        #expect(counts == [4, 4, 6])
        #expect(Set(Method.weefselIndicators.map(\.id)).count == Method.weefselIndicators.count)
    }

    @Test func everyHelixGroupAndStatusHasANameInBothLanguages() {
        for g in HelixGroup.allCases { #expect(!Method.name(g).nl.isEmpty && !Method.name(g).en.isEmpty) }
        for s in WegwijzerStatus.allCases { #expect(!Method.name(s).nl.isEmpty && !Method.name(s).en.isEmpty) }
    }
}
