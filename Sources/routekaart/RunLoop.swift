import Foundation
import Glibc
import RoutekaartCore
import RoutekaartTerminal
import RoutekaartUI

/// Runs a session full-screen until the facilitator quits or a signal arrives.
enum RunLoop {
    /// Runs `program` full-screen until it finishes, taking keys, signals and commands
    /// posted to `inbox`; returns 128 + n after signal n, else 0.
    static func drive(_ program: TerminalProgram, inbox: CommandInbox = CommandInbox(), theme: Theme, language: Language,
                      crashNote: String = "", afterEachPass: () -> Void = {}) throws -> Int32 {
        let terminal: Terminal
        do {
            terminal = try Terminal(theme: theme, crashNote: crashNote)
        } catch TerminalError.unknownTerminal(let term) {
            throw Failure(RunLoopText.terminalTypeIsUnknown(language, term))
        }
        var status: Int32 = 0
        var prepared = false
        while !program.isFinished {
            let (width, height) = terminal.size
            if !terminal.inputWaiting(inbox: inbox.wakeDescriptor) {  // else the next pass draws
                terminal.draw(program.render(width: width, height: height, now: currentTime()))
                program.frameShown(now: currentTime())
                if !prepared, terminal.framesDrawn > 0 {  // once, after the first frame is out
                    prepared = true
                    if let work = program.preparation(width: width, height: height, now: currentTime()) { runAside(work) }
                }
            }
            let wake = program.nextWake(now: currentTime()).map { $0.milliseconds - currentTime().milliseconds }
            for input in terminal.nextInputs(timeout: wake.map { Int32(clamping: max(0, $0)) } ?? -1, inbox: inbox.wakeDescriptor) where !program.isFinished {
                let (w, h) = terminal.size
                switch input {
                case let .key(key): program.handle(key, now: currentTime(), width: w, height: h)
                case .resize: break  // the next frame is rendered at the new size
                case .inbox:
                    let deliveries = inbox.drain()
                    let results = program.receive(deliveries.map(\.command), now: currentTime())
                    afterEachPass()  // the phones see the change before they hear it is journaled
                    for (delivery, result) in zip(deliveries, results) { delivery.reply(result) }
                case let .signal(number):
                    program.finish(now: currentTime())
                    status = 128 + number
                }
            }
            program.tick(now: currentTime())
            afterEachPass()
        }
        for late in inbox.drain() { late.reply(.failure(.readOnly)) }  // posted after the end: nothing records them
        terminal.shutdown()
        return status
    }

    /// Runs `work` on a thread of its own at the lowest priority (nice 19; on Linux the nice
    /// value is the thread's): it gets the processor only when the keys leave it free.
    static func runAside(_ work: @escaping @Sendable () -> Void) {
        Thread {
            _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, 19)
            work()
        }.start()
    }

    /// Refuses to start full-screen without a terminal, before any file is touched.
    static func requireTerminal(_ lang: Language) throws {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            throw Failure(RunLoopText.thisIsNotAn(lang))
        }
        guard Terminal.typeIsUsable else { throw Failure(RunLoopText.terminalTypeIsUnknown(lang, Terminal.typeName)) }
    }

    /// Returns the exit status: 0 after quitting, 128 + signal after SIGINT/SIGTERM/SIGHUP.
    static func run(_ session: LiveSession, options: GlobalOptions, room roomOptions: RoomOptions = RoomOptions(), comparison: WeefselComparison? = nil,
                    tour: Bool = false, isDemo: Bool = false) throws -> Int32 {
        try requireTerminal(options.lang)
        let offset = ProcessEnvironment.utcOffsetSeconds
        let copyPath: (Timestamp) -> String = { now in
            let c = now.components(offsetSeconds: offset)
            func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
            let home = ProcessEnvironment.home
            return home + "/routekaart-noodkopie-\(c.year)\(two(c.month))\(two(c.day))-\(two(c.hour))\(two(c.minute))\(two(c.second)).json"
        }
        let tourSeen: (() -> Void)? = tour ? { FirstRun.markTourSeen() } : nil
        let exporter: (any SessionExporter)? = session.path.map { FolderExporter(sessionPath: $0) }
        let inbox = CommandInbox()
        let room = RoomService(inbox: inbox, options: roomOptions, language: options.lang)
        var environment = AppEnvironment(utcOffsetSeconds: offset, library: FolderLibrary(folder: SessionsFolder.path), exporter: exporter,
                                         suggestedCopyPath: copyPath, onTourDismissed: tourSeen, bellAtZero: options.bell.value, comparison: comparison,
                                         room: session.isReadOnly ? nil : room)
        environment.isDemo = isDemo
        session.onBackgroundWorkDone = { inbox.wakeUp() }  // a fold is written: the loop completes it
        session.defersNavigation = true  // a screen switch is journaled once its frame is out
        let app = WorkshopApp(session: session, language: options.lang, environment: environment, now: currentTime())
        room.app = app
        if tour { app.startTour() }
        if roomOptions.room { app.openRoom(now: currentTime()) }
        defer { room.close() }
        let crashNote = RunLoopText.stoppedUnexpectedly(options.lang) + (session.path.map { RunLoopText.openAgainWith(options.lang, $0) } ?? "") + "\n"
        var status = try drive(app, inbox: inbox, theme: options.resolvedTheme, language: options.lang, crashNote: crashNote,
                               afterEachPass: room.publish)
        if let path = session.path {
            switch session.saveStatus {
            case .failed(let failure):
                let reason = failure.cause(options.lang).map { FailureText.cannotWrite(options.lang) + $0 } ?? failure.description
                FileHandle.standardError.write(Data("routekaart: \(path): \(reason)\n".utf8))
                if status == 0 { status = 1 }
            case .readOnly:
                print(RunLoopText.readOnlyNothingSaved(options.lang) + path)
            default:
                print(RunLoopText.sessionSavedIn(options.lang) + path)
            }
        }
        return status
    }
}

/// The texts of this file, in Dutch and English.
enum RunLoopText {
    static let sessionSavedIn = LocalizedText(nl: "Sessie opgeslagen in ", en: "Session saved in ")
    static let stoppedUnexpectedly = LocalizedText(nl: "routekaart is onverwacht gestopt; alles wat als opgeslagen werd gemeld, staat op schijf.",
                                                   en: "routekaart stopped unexpectedly; everything reported as saved is on disk.")
    static let openAgainWith = LocalizedText(nl: " Verder met: routekaart open %1", en: " Carry on with: routekaart open %1")
    static let readOnlyNothingSaved = LocalizedText(nl: "Alleen gelezen, niets opgeslagen: ", en: "Read only, nothing saved: ")
    static let terminalTypeIsUnknown = LocalizedText(nl: "terminaltype '%1' is onbekend of kan geen scherm tekenen; zet TERM, bijvoorbeeld TERM=xterm-256color", en: "terminal type '%1' is unknown or cannot draw a screen; set TERM, for example TERM=xterm-256color")
    static let thisIsNotAn = LocalizedText(nl: "dit is geen interactieve terminal; start routekaart in een terminalvenster (of gebruik 'routekaart check')", en: "this is not an interactive terminal; start routekaart in a terminal window (or use 'routekaart check')")
}
