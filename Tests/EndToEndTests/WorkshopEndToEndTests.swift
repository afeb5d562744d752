import Foundation
import Testing

let allTitles = ["Laat de feiten spreken", "Definieer samen de opgave", "Denk domeinoverschrijdend", "Ken het netwerk",
                 "Kies bewust een sturingsprincipe", "Legitimeer wat je doet", "Breng in kaart wat er is",
                 "Vind wat verbindt", "Reflecteer & leer", "Geef het voorbeeld"]

/// The real binary under tmux, as the facilitator uses it.
@Suite(.serialized) struct WorkshopEndToEndTests {
    @Test func theDemoShowsTheRouteMapWithinTwoSeconds() throws {
        let tmux = try TmuxSession([])
        let seconds = try tmux.waitFor("all ten titles") { screen in allTitles.allSatisfy { screen.contains($0) } }
        #expect(seconds < 2, "took \(seconds) s")
        let screen = try tmux.screen()
        #expect(screen.contains("opgeslagen"))
        #expect(screen.contains("? help"))
        // The first line says how to start a real session; a real session shows its title there.
        #expect(screen.hasPrefix(" routekaart │ demo · echte sessie: routekaart new │ Routekaart"), "\(screen.prefix(120))")
        // Too narrow for the hint, the line says "demo" and where we are, not half a command.
        let narrow = try TmuxSession([], width: 80, height: 24)
        try narrow.waitFor("Laat de feiten spreken")
        let top = try narrow.screen()
        #expect(top.hasPrefix(" routekaart │ demo │ Routekaart "), "\(top.prefix(80))")
        let real = try TmuxSession(["new", "--title", "Werkplaats Twente"])
        try real.waitFor("Laat de feiten spreken")
        #expect(try real.screen().hasPrefix(" routekaart │ Werkplaats Twente │ Routekaart"))
    }

    @Test func domainsAreLinkedAndAMissingLinkIsNamed() throws {
        let tmux = try TmuxSession([])
        try tmux.waitFor("Laat de feiten spreken")
        try tmux.keys("3", "c")
        try tmux.waitFor("Domeinen (3)")
        try tmux.keys("Right", "Space")
        try tmux.waitFor("⚠ Ontbrekende verbinding: EZ — OND, SZW — OND")
        try tmux.keys("q", "Enter")
        try tmux.waitForExit()
        let file = try #require(tmux.sessionFiles.first)
        let check = try run(routekaartBinary, ["check", file])
        #expect(check.status == 0, "\(check.stderr)")
    }

    @Test func notesAndParticipantsSurviveQuitAndReopen() throws {
        let tmux = try TmuxSession([])
        try tmux.waitFor("Laat de feiten spreken")
        try tmux.keys("3")
        try tmux.waitFor("3. Denk domeinoverschrijdend")
        try tmux.keys("Tab", "Enter")
        try tmux.waitFor("klaar met typen")
        try tmux.type("Coördinatie tussen EZ en SZW ontbreekt; ook bij de financiële structuren.")
        try tmux.keys("Escape")
        try tmux.waitFor("● opgeslagen")
        try tmux.keys("?")
        try tmux.waitFor("Toetsen")
        try tmux.keys("Escape", "p")
        try tmux.waitFor("Deelnemers (5)")
        try tmux.keys("a")
        try tmux.waitFor("Deelnemer toevoegen")
        try tmux.type("Zoë Pietersë")
        try tmux.keys("Tab")
        try tmux.type("Gemeente Hattem")
        try tmux.keys("Enter")
        try tmux.waitFor("Deelnemers (6)")
        try tmux.keys("u")
        try tmux.waitFor("Deelnemers (5)")
        try tmux.keys("r")
        try tmux.waitFor("Deelnemers (6)")
        try tmux.keys("q")
        try tmux.waitFor("Routekaart afsluiten?")
        try tmux.keys("Enter")
        try tmux.waitForExit()
        #expect(try tmux.exitStatus() == 0)
        #expect(try tmux.value("alternate_on") == "0")
        let file = try #require(tmux.sessionFiles.first)
        #expect(try tmux.screen().contains("Sessie opgeslagen in"))

        let reopened = try TmuxSession(["open", file], home: tmux.home)
        try reopened.waitFor("3. Denk domeinoverschrijdend")
        try reopened.keys("Tab")
        try reopened.waitFor("Coördinatie tussen EZ en SZW ontbreekt")
        try reopened.keys("p")
        try reopened.waitFor("Zoë Pietersë")
        #expect(try reopened.screen().contains("Gemeente Hattem"))
        try reopened.keys("q", "j")
        try reopened.waitForExit()
    }

    @Test func sigkillRightAfterAChangeLosesNothingShownAsSaved() throws {
        let tmux = try TmuxSession([])
        try tmux.waitFor("Laat de feiten spreken")
        try tmux.keys("p", "a")
        try tmux.waitFor("Deelnemer toevoegen")
        try tmux.type("Kees Kill")
        try tmux.keys("Enter")
        try tmux.waitFor("saved status") { $0.contains("Kees Kill") && $0.contains("● opgeslagen") }
        let pid = try tmux.programPID()
        kill(pid, SIGKILL)
        try tmux.waitForExit()
        let file = try #require(tmux.sessionFiles.first)
        let check = try run(routekaartBinary, ["check", file])
        #expect(check.status == 0)
        #expect(check.stdout.contains("deelnemers:        6"), "\(check.stdout)")
        #expect(check.stdout.contains("nog in het journaal"), "\(check.stdout)")
    }

    @Test func aSmallTerminalShowsANoticeAndResizingRedraws() throws {
        let tmux = try TmuxSession([])
        try tmux.waitFor("Geef het voorbeeld")
        try tmux.resize(60, 15)
        try tmux.waitFor("Terminal te klein")
        #expect(try tmux.screen().contains("nu: 60×15"))
        try tmux.resize(80, 24)
        try tmux.waitFor("all titles at 80×24") { screen in allTitles.allSatisfy { screen.contains($0) } }
        #expect(try tmux.screen().contains("q stoppen"))
    }

    @Test func englishWithLangEn() throws {
        let tmux = try TmuxSession(["--lang", "en"])
        try tmux.waitFor("Let the facts speak")
        try tmux.keys("?")
        try tmux.waitFor("Everywhere")
    }

    @Test func noColorMeansNoColourCodes() throws {
        func colourCodes(_ screen: String) -> Int {
            var count = 0
            var rest = Substring(screen)
            while let start = rest.range(of: "\u{1B}[") {
                let tail = rest[start.upperBound...]
                guard let end = tail.firstIndex(of: "m") else { break }
                let params = tail[..<end].split(separator: ";").compactMap { Int($0) }
                if params.contains(where: { ((30...49).contains($0) && $0 != 39 && $0 != 49) || (90...107).contains($0) }) { count += 1 }
                rest = tail[end...]
            }
            return count
        }
        let coloured = try TmuxSession([])
        try coloured.waitFor("Geef het voorbeeld")
        #expect(colourCodes(try coloured.screen(withAttributes: true)) > 0, "the control run should use colour")

        let mono = try TmuxSession([], environment: ["NO_COLOR": "1"])
        try mono.waitFor("Geef het voorbeeld")
        let screen = try mono.screen(withAttributes: true)
        #expect(colourCodes(screen) == 0)
        #expect(screen.contains("\u{1B}[7m") || screen.contains(";7m"), "selection still shows, in reverse")
    }
}

/// Every way out leaves the terminal as it was.
@Suite(.serialized) struct TerminalRestoreTests {
    func startAndChange() throws -> TmuxSession {
        let tmux = try TmuxSession([])
        try tmux.waitFor("Laat de feiten spreken")
        try tmux.keys("x")
        try tmux.waitFor("✓ klaar")
        #expect(try tmux.value("alternate_on") == "1")
        return tmux
    }

    @Test(arguments: [SIGTERM, SIGHUP, SIGINT, SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM, SIGPWR])
    func aSignalSavesAndRestores(signal: Int32) throws {
        let tmux = try startAndChange()
        kill(try tmux.programPID(), signal)
        try tmux.waitForExit()
        #expect(try tmux.exitStatus() == 128 + signal)
        #expect(try tmux.value("alternate_on") == "0")
        #expect(try tmux.value("cursor_flag") == "1")
        let file = try #require(tmux.sessionFiles.first)
        #expect(try run(routekaartBinary, ["check", file]).status == 0)
    }

    @Test func closingTheTerminalSavesAndEnds() throws {
        let tmux = try startAndChange()
        let pid = try tmux.programPID()
        tmux.closeTerminal()
        let start = Date()
        while kill(pid, 0) == 0, Date().timeIntervalSince(start) < 5 { usleep(50_000) }
        #expect(kill(pid, 0) != 0, "routekaart kept running after its terminal closed")
        let file = try #require(tmux.sessionFiles.first)
        let report = try run(routekaartBinary, ["export", file, "--format", "md"])
        #expect(report.stdout.contains("| 1 | Laat de feiten spreken | klaar |"), "\(report.stdout)")
    }

    @Test func ctrlCSavesAndRestores() throws {
        let tmux = try startAndChange()
        try tmux.keys("C-c")
        try tmux.waitForExit()
        #expect(try tmux.value("alternate_on") == "0")
        #expect(try tmux.screen().contains("Sessie opgeslagen in"))
    }

    @Test(arguments: [SIGILL, SIGTRAP, SIGSEGV])
    func aRuntimeTrapStillRestoresTheTerminal(signal: Int32) throws {
        let tmux = try startAndChange()
        kill(try tmux.programPID(), signal)
        try tmux.waitForExit()
        #expect(try tmux.value("alternate_on") == "0")
        #expect(try tmux.value("cursor_flag") == "1")
        #expect(try tmux.exitStatus() == 128 + signal)
        // Said on the restored screen (written before the reset, the alternate screen would have taken it along).
        #expect(try tmux.screen().contains("routekaart is onverwacht gestopt; alles wat als opgeslagen werd gemeld, staat op schijf."))
    }
}

/// Another program writing over the screen, and Ctrl-L putting it right.
@Suite(.serialized) struct RedrawEndToEndTests {
    @Test func ctrlLRepairsAScreenThatSomethingElseWroteOver() throws {
        let tmux = try TmuxSession([])
        try tmux.waitFor("Laat de feiten spreken")
        let clean = try tmux.screen()
        // Bytes written straight to the terminal, as a stray `wall` message or a background job would.
        let tty = try tmux.value("pane_tty")
        let handle = try #require(FileHandle(forWritingAtPath: tty))
        handle.write(Data("\u{1B}[5;10HXXXX KAPOT XXXX\u{1B}[20;1H\u{1B}[2K".utf8))
        try handle.close()
        try tmux.waitFor("KAPOT")
        try tmux.keys("C-l")
        try tmux.waitFor("the screen to be whole again") { $0 == clean }
        try tmux.keys("q", "Enter")
        try tmux.waitForExit()
    }
}
