import Testing
import TestSupport

/// A golden mismatch is reported as a unified diff, so the failure says what changed.
@Suite struct GoldenDiffTests {
    @Test func aChangedLineIsShownWithItsContext() {
        let old = (1...10).map { "regel \($0)" }.joined(separator: "\n")
        let new = old.replacingOccurrences(of: "regel 6", with: "regel zes")
        #expect(UnifiedDiff.lines(from: old, to: new, fromName: "a", toName: "b") == [
            "--- a", "+++ b", "@@ -3,7 +3,7 @@",
            " regel 3", " regel 4", " regel 5", "-regel 6", "+regel zes", " regel 7", " regel 8", " regel 9",
        ])
    }

    @Test func changesFarApartMakeTwoHunksAndAnAddedLineCountsOnlyOnTheNewSide() {
        let old = (1...20).map { "\($0)" }.joined(separator: "\n")
        var lines = (1...20).map { "\($0)" }
        lines[0] = "een"
        lines.insert("nieuw", at: 15)
        let diff = UnifiedDiff.lines(from: old, to: lines.joined(separator: "\n"), fromName: "a", toName: "b")
        #expect(diff.filter { $0.hasPrefix("@@") } == ["@@ -1,4 +1,4 @@", "@@ -13,6 +13,7 @@"])
        #expect(diff.contains("+nieuw") && diff.contains("-1") && diff.contains("+een"))
    }

    @Test func equalTextsHaveNoHunks() {
        #expect(UnifiedDiff.lines(from: "a\nb", to: "a\nb", fromName: "a", toName: "b") == ["--- a", "+++ b"])
    }
}
