import CNCursesW
import CRoutekaartTerminal
import Glibc
import RoutekaartUI

/// What the terminal reports to the run loop.
public enum TerminalInput: Equatable, Sendable {
    case key(Key)
    /// The window changed size; read `size` again.
    case resize
    /// SIGINT, SIGTERM or SIGHUP arrived: save and leave.
    case signal(Int32)
    /// The watched descriptor (the command inbox) is readable.
    case inbox
}

/// The ncursesw backend: sets the terminal up, draws `Frame`s, reads keys and signals,
/// and restores the terminal on every way out. All calls come from one thread.
public final class Terminal {
    private let window: UnsafeMutablePointer<WINDOW>
    /// How each style role is drawn, by its raw value.
    private let looks: [(attrs: attr_t, pair: Int16)]
    private let signalRead: Int32
    private let signalWrite: Int32
    private var cursorVisible = false
    private var isOpen = true
    /// Between the start and end markers of a bracketed paste.
    private var pasting = false
    /// Frames drawn since start, for the benchmarks and the debug overlay.
    public private(set) var framesDrawn = 0
    /// What ncurses was last given: a frame hands it only the cells that differ.
    private var shown: Frame?

    /// Bytes that put a terminal back to normal: leave the alternate screen, show the
    /// cursor, reset attributes, stop mouse reporting.
    static let resetSequence = "\u{1B}[?2004l\u{1B}[?1000l\u{1B}[0m\u{1B}[?25h\u{1B}[?1049l\r\n"

    /// Whether `TERM` names a terminal the program can draw on (known, and not "dumb").
    public static var typeIsUsable: Bool { rk_terminal_usable() == 1 }

    /// The value of `TERM`, empty when it is not set.
    public static var typeName: String { getenv("TERM").map { String(cString: $0) } ?? "" }

    /// Takes over the terminal. `crashNote` is what stderr says, after the terminal has
    /// been put back, if the program crashes.
    public init(theme: Theme, crashNote: String = "") throws {
        Self.chooseUTF8Locale()
        var fds: [Int32] = [0, 0]
        guard pipe(&fds) == 0 else { throw TerminalError.setup("pipe") }
        for fd in fds {
            _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
            _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
        }
        signalRead = fds[0]
        signalWrite = fds[1]
        rk_crash_guard_install(STDOUT_FILENO, Self.resetSequence, crashNote)
        rk_signal_pipe_install(signalWrite)
        if getenv("ESCDELAY") == nil { set_escdelay(25) }
        rk_suspend_signal_ignore()
        guard let w = rk_start(rk_output_open(STDOUT_FILENO)) else {
            rk_output_close()
            rk_crash_guard_remove()
            close(signalRead)
            close(signalWrite)
            throw TerminalError.unknownTerminal(getenv("TERM").map { String(cString: $0) } ?? "")
        }
        window = w
        cbreak()
        noecho()
        nonl()
        keypad(window, true)
        intrflush(window, false)
        wtimeout(window, 0)
        typeahead(-1)  // a frame is drawn whole; the run loop looks for keys before it draws
        rk_flow_control_and_quit_key_off()
        rk_bracketed_paste_on()

        var looks: [(attrs: attr_t, pair: Int16)] = []
        let colour = theme.usesColor && has_colors()
        if colour {
            start_color()
            use_default_colors()
        }
        for (i, role) in StyleRole.allCases.enumerated() {
            let look = theme.look(role)
            var attrs = rk_attr_normal()
            if look.bold { attrs |= rk_attr_bold() }
            if look.reverse { attrs |= rk_attr_reverse() }
            if look.underline { attrs |= rk_attr_underline() }
            if look.dim { attrs |= rk_attr_dim() }
            var pair: Int16 = 0
            if colour, i + 1 < Int(rk_color_pairs()) {
                pair = Int16(i + 1)
                init_pair(pair, Self.color(look.foreground), Self.color(look.background))
            } else if !colour, look.background != .default || role == .selected || role == .statusBar || role == .keyName {
                attrs |= rk_attr_reverse()
            }
            looks.append((attrs, pair))
        }
        self.looks = looks
        curs_set(0)
    }

    deinit { shutdown() }

    /// Restores the terminal. Safe to call more than once.
    public func shutdown() {
        guard isOpen else { return }
        isOpen = false
        curs_set(1)
        rk_bracketed_paste_off()
        rk_drop_typed_ahead()
        endwin()
        rk_output_close()
        rk_drop_typed_ahead()
        rk_crash_guard_remove()
        close(signalRead)
        close(signalWrite)
    }

    /// The terminal's size in cells.
    public var size: (width: Int, height: Int) {
        (Int(getmaxx(window)), Int(getmaxy(window)))
    }

    /// Draws `frame`: ncurses is given the cells that differ from the frame before, and
    /// what changed on the screen leaves in one write. The same frame again costs nothing:
    /// no refresh, no system call.
    public func draw(_ frame: Frame) {
        let (width, height) = size
        let before = shown.flatMap { $0.width == frame.width && $0.height == frame.height ? $0 : nil }
        var changed = before == nil || before?.cursor?.x != frame.cursor?.x || before?.cursor?.y != frame.cursor?.y
        // One pass: each cell is compared with what ncurses was given and handed over if it differs.
        frame.cells.withUnsafeBufferPointer { cells in
            (before?.cells ?? []).withUnsafeBufferPointer { was in
                var buffer: [wchar_t] = []
                buffer.reserveCapacity(8)
                for y in 0..<min(height, frame.height) {
                    for x in 0..<min(width, frame.width) {
                        let i = y * frame.width + x
                        if cells[i].isContinuation || (!was.isEmpty && was[i] == cells[i]) { continue }
                        changed = true
                        let look = looks[Int(cells[i].style.rawValue)]
                        buffer.removeAll(keepingCapacity: true)
                        if let byte = cells[i].asciiByte {
                            buffer.append(wchar_t(byte))
                        } else {
                            for scalar in cells[i].text.unicodeScalars { buffer.append(wchar_t(bitPattern: scalar.value)) }
                        }
                        if buffer.isEmpty { buffer.append(32) }
                        _ = rk_put_cell(window, Int32(y), Int32(x), buffer, Int32(buffer.count), look.attrs, look.pair)
                    }
                }
            }
        }
        shown = frame
        guard changed || frame.repaint || frame.bell else { return }
        rk_output_gather()
        defer { rk_output_send() }
        if let cursor = frame.cursor {
            leaveok(window, false)
            if !cursorVisible { curs_set(1); cursorVisible = true }
            wmove(window, Int32(cursor.y), Int32(cursor.x))
        } else {
            // An invisible cursor may stay wherever the last cell left it: no bytes to move it back.
            leaveok(window, true)
            if cursorVisible {
                curs_set(0)
                cursorVisible = false
            }
        }
        if frame.repaint { rk_repaint_all() }
        wnoutrefresh(window)
        doupdate()
        if frame.bell { beep() }
        framesDrawn += 1
    }

    /// Whether keys, a signal or commands in `inbox` are already waiting: the run loop then
    /// handles them before it draws, so a burst (many phones, a paste) costs one frame.
    public func inputWaiting(inbox: Int32? = nil) -> Bool {
        var fds = [pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0),
                   pollfd(fd: signalRead, events: Int16(POLLIN), revents: 0)]
        if let inbox { fds.append(pollfd(fd: inbox, events: Int16(POLLIN), revents: 0)) }
        return poll(&fds, nfds_t(fds.count), 0) > 0
    }

    /// Waits up to `timeout` milliseconds for keys, a signal or the `inbox` descriptor
    /// becoming readable; returns what arrived.
    public func nextInputs(timeout: Int32, inbox: Int32? = nil) -> [TerminalInput] {
        var fds = [pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0),
                   pollfd(fd: signalRead, events: Int16(POLLIN), revents: 0)]
        if let inbox { fds.append(pollfd(fd: inbox, events: Int16(POLLIN), revents: 0)) }
        if poll(&fds, nfds_t(fds.count), timeout) < 0 {  // a signal came: its byte is in the pipe
            for i in fds.indices { fds[i].revents = 0 }
            _ = poll(&fds, nfds_t(fds.count), 0)
        }
        var inputs: [TerminalInput] = []
        var byte: UInt8 = 0
        if fds[1].revents & Int16(POLLIN) != 0 {
            while read(signalRead, &byte, 1) == 1 {
                if Int32(byte) != SIGWINCH {
                    inputs.append(.signal(Int32(byte)))
                } else if rk_resize_to_terminal() == 1 {
                    shown = nil  // every cell is sent again at the new size
                    inputs.append(.resize)
                }
            }
        }
        if fds.count > 2, fds[2].revents & Int16(POLLIN) != 0 { inputs.append(.inbox) }
        // The terminal is gone (window closed, connection dropped) even if no SIGHUP came:
        // save and leave rather than spin on a dead descriptor.
        if fds[0].revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0 {
            inputs.append(.signal(SIGHUP))
            return inputs
        }
        // ncurses is asked for keys only when there is something to read: no read that fails per pass.
        guard fds[0].revents & Int16(POLLIN) != 0 || pasting else { return inputs }
        var ch: wint_t = 0
        while true {
            let rc = wget_wch(window, &ch)
            if rc == ERR { break }
            if let input = pasting ? Self.pasted(rc, ch) : Self.translate(rc, ch) { inputs.append(input) }
            if rc == rk_key_code_yes() && Int32(ch) == rk_key_paste_start() { pasting = true }
            if rc == rk_key_code_yes() && Int32(ch) == rk_key_paste_end() { pasting = false }
            if inputs.count > 4096 { break }
        }
        return inputs
    }

    /// Inside a bracketed paste everything is text: line breaks are Enter, a tab is a
    /// space, Escape, other control characters and function keys are dropped.
    static func pasted(_ rc: Int32, _ ch: wint_t) -> TerminalInput? {
        guard rc != rk_key_code_yes() else { return nil }
        switch ch {
        case 10, 13: return .key(.enter)
        case 9: return .key(.char(" "))
        case 0..<32, 127: return nil
        default: return translate(rc, ch)
        }
    }

    static func translate(_ rc: Int32, _ ch: wint_t) -> TerminalInput? {
        if rc == rk_key_code_yes() {
            let code = Int32(ch)
            switch code {
            case rk_key_resize(): return .resize
            case rk_key_up(): return .key(.up)
            case rk_key_down(): return .key(.down)
            case rk_key_left(): return .key(.left)
            case rk_key_right(): return .key(.right)
            case rk_key_home(): return .key(.home)
            case rk_key_end(): return .key(.end)
            case rk_key_ppage(): return .key(.pageUp)
            case rk_key_npage(): return .key(.pageDown)
            case rk_key_backspace(): return .key(.backspace)
            case rk_key_dc(): return .key(.delete)
            case rk_key_ic(): return .key(.insert)
            case rk_key_enter(): return .key(.enter)
            case rk_key_btab(): return .key(.backTab)
            default:
                for n in 1...12 where code == rk_key_f(Int32(n)) { return .key(.function(n)) }
                return nil
            }
        }
        switch ch {
        case 27: return .key(.escape)
        case 10, 13: return .key(.enter)
        case 9: return .key(.tab)
        case 8, 127: return .key(.backspace)
        case 1...26: return .key(.ctrl(Character(Unicode.Scalar(UInt8(ch) + 96))))
        default:
            guard ch >= 32, let scalar = Unicode.Scalar(UInt32(ch)) else { return nil }
            return .key(.char(Character(scalar)))
        }
    }

    static func color(_ c: ThemeColor) -> Int16 {
        switch c {
        case .default: -1
        case .black: Int16(COLOR_BLACK)
        case .red: Int16(COLOR_RED)
        case .green: Int16(COLOR_GREEN)
        case .yellow: Int16(COLOR_YELLOW)
        case .blue: Int16(COLOR_BLUE)
        case .magenta: Int16(COLOR_MAGENTA)
        case .cyan: Int16(COLOR_CYAN)
        case .white: Int16(COLOR_WHITE)
        }
    }

    /// é, ë and names in any script need a UTF-8 locale; fall back to C.UTF-8.
    static func chooseUTF8Locale() {
        setlocale(LC_ALL, "")
        let codeset = String(cString: nl_langinfo(nl_item(CODESET))).uppercased().filter { $0 != "-" }
        if codeset != "UTF8" {
            setlocale(LC_CTYPE, "C.UTF-8")
        }
    }
}

/// Why the terminal could not be used.
public enum TerminalError: Error {
    case setup(String)
    case unknownTerminal(String)
}
