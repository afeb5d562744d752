import Foundation
import Testing

/// `routekaart keys`: the key overview as text, and as the manual page routekaart-toetsen(1) read with man.
@Suite struct KeysCommandTests {
    @Test func theManualPageReadsInMan() throws {
        let folder = try makeTemporaryFolder()
        let page = try run(routekaartBinary, ["keys", "--man"])
        #expect(page.status == 0, "\(page.stderr)")
        try page.stdout.write(toFile: folder + "/routekaart-toetsen.1", atomically: true, encoding: .utf8)
        let shown = try run("/usr/bin/man", ["--warnings", "-l", folder + "/routekaart-toetsen.1"],
                            environment: ["MANWIDTH": "100", "MANPAGER": "cat", "PAGER": "cat", "LANG": "C.UTF-8"])
        #expect(shown.status == 0)
        #expect(shown.stderr.isEmpty, "man warns: \(shown.stderr)")
        let lines = shown.stdout.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(lines.first?.hasPrefix("ROUTEKAART-TOETSEN(1)") == true)
        #expect(lines.contains("routekaart-toetsen - alle toetsen van routekaart, per scherm"))
        for heading in ["OVERAL (NIET TIJDENS HET TYPEN)", "WEGWIJZER 4 — BORD", "WEGWIJZER 7 — SCORES", "SESSIE KIEZEN (ROUTEKAART OPEN ZONDER BESTAND)"] {
            #expect(lines.contains(heading), "\(heading)")
        }
        #expect(lines.contains { $0.hasPrefix("Ctrl-L") && $0.hasSuffix("scherm opnieuw tekenen") })
    }

    @Test func theTextFollowsTheLanguage() throws {
        let english = try run(routekaartBinary, ["keys", "--lang", "en"])
        #expect(english.status == 0)
        #expect(english.stdout.hasPrefix("Everywhere (not while typing)\n"))
        #expect(english.stdout.contains("\nSignpost 4 — Board\n"))
    }
}
