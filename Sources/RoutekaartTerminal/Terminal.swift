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

/// The terminal backend: ncursesw sets the terminal up, reads keys and restores it on
/// every way out; frames leave as the bytes `FrameEncoder` makes from terminfo's strings,
/// one write a frame. Signals arrive through a pipe. All calls come from one thread.
public final class Terminal {
    private let window: UnsafeMutablePointer<WINDOW>
    /// Keys are read through a pad: ncurses refreshes an ordinary window when it reads
    /// keys from it, which would draw over the frames.
    private let keyboard: UnsafeMutablePointer<WINDOW>
    private var encoder: FrameEncoder
    private let signalRead: Int32
    private let signalWrite: Int32
    private var isOpen = true
    /// Between the start and end markers of a bracketed paste.
    private var pasting = false
    /// Frames drawn since start, for the benchmarks and the debug overlay.
    public private(set) var framesDrawn = 0
    /// What the terminal shows: a frame sends only the cells that differ from it.
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
        guard let w = rk_start(), let pad = newpad(1, 1) else {
            rk_crash_guard_remove()
            close(signalRead)
            close(signalWrite)
            throw TerminalError.unknownTerminal(getenv("TERM").map { String(cString: $0) } ?? "")
        }
        window = w
        keyboard = pad
        cbreak()
        noecho()
        nonl()
        keypad(keyboard, true)
        intrflush(keyboard, false)
        wtimeout(keyboard, 0)
        rk_flow_control_and_quit_key_off()
        rk_bracketed_paste_on()
        wnoutrefresh(window)
        doupdate()  // ncurses' own start: the alternate screen, cleared
        encoder = FrameEncoder(codes: Self.codes(theme: theme))
    }

    deinit { shutdown() }

    /// Restores the terminal. Safe to call more than once.
    public func shutdown() {
        guard isOpen else { return }
        isOpen = false
        if !encoder.cursorVisible { Self.writeAll(encoder.codes.showCursor) }
        rk_bracketed_paste_off()
        rk_drop_typed_ahead()
        endwin()
        rk_drop_typed_ahead()
        rk_crash_guard_remove()
        close(signalRead)
        close(signalWrite)
    }

    /// The terminal's size in cells.
    public var size: (width: Int, height: Int) {
        (Int(getmaxx(window)), Int(getmaxy(window)))
    }

    /// Draws `frame`: what changed on the screen leaves in one write. The same frame again
    /// costs nothing: no system call. A frame larger than the terminal (a resize on its way)
    /// is not drawn: it would scroll the screen.
    public func draw(_ frame: Frame) {
        let (width, height) = size
        guard frame.width <= width, frame.height <= height else { return }
        let bytes = encoder.encode(frame, over: shown)
        shown = frame
        guard !bytes.isEmpty else { return }
        Self.writeAll(bytes)  // a terminal gone is noticed by the run loop's poll
        framesDrawn += 1
    }

    /// Writes all of `bytes` to the terminal, finishing a partial write.
    static func writeAll(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = write(STDOUT_FILENO, buffer.baseAddress! + offset, buffer.count - offset)
                if written > 0 {
                    offset += written
                } else if written < 0, errno == EINTR {
                    continue
                } else if written < 0, errno == EAGAIN {
                    var ready = pollfd(fd: STDOUT_FILENO, events: Int16(POLLOUT), revents: 0)
                    _ = poll(&ready, 1, 1000)
                } else {
                    return
                }
            }
        }
    }

    /// The terminal's strings for drawing `theme`, from terminfo.
    static func codes(theme: Theme) -> TerminalCodes {
        func bytes(_ name: String) -> [UInt8]? { rk_capability(name).map { Array(String(cString: $0).utf8) } }
        let setForeground = rk_capability("setaf")
        let setBackground = rk_capability("setab")
        let colour = theme.usesColor && has_colors() && setForeground != nil && setBackground != nil
        func reversed(_ role: StyleRole) -> Bool {
            let look = theme.look(role)
            return look.reverse || (!colour && (look.background != .default || role == .selected || role == .statusBar || role == .keyName))
        }
        let styles: [[UInt8]] = StyleRole.allCases.map { role in
            let look = theme.look(role)
            var out = bytes("sgr0") ?? []
            if look.bold { out += bytes("bold") ?? [] }
            if look.dim { out += bytes("dim") ?? [] }
            if look.underline { out += bytes("smul") ?? [] }
            if reversed(role) { out += bytes("rev") ?? [] }
            if colour, let number = colorNumber(look.foreground) { out += Array(String(cString: rk_fill1(setForeground, number)).utf8) }
            if colour, let number = colorNumber(look.background) { out += Array(String(cString: rk_fill1(setBackground, number)).utf8) }
            return out
        }
        // A space shows only what lies under the text: the background and the underline.
        // Reversed, its background is the foreground's colour, which bold or dim may change.
        struct BlankLook: Hashable {
            var reversed, underline, bold, dim: Bool
            var shown: ThemeColor?
        }
        let blanks = StyleRole.allCases.map { role in
            let look = theme.look(role), reversed = reversed(role)
            return reversed ? BlankLook(reversed: true, underline: look.underline, bold: look.bold, dim: look.dim, shown: look.foreground)
                : BlankLook(reversed: false, underline: look.underline, bold: false, dim: false, shown: colour ? look.background : nil)
        }
        let blankLooks = blanks.map { blanks.firstIndex(of: $0)! }
        let normal = theme.look(.normal)
        let plainNormal = !normal.bold && !normal.dim && !normal.underline && !normal.reverse
        let cursorAddress = rk_capability("cup").map { String(cString: $0) } ?? ""
        var moveTo: @Sendable (Int, Int, inout [UInt8]) -> Void = { column, row, out in
            cursorAddress.withCString { out += Array(String(cString: rk_fill2($0, Int32(row), Int32(column))).utf8) }
        }
        if cursorAddress == "\u{1B}[%i%p1%d;%p2%dH" { moveTo = { TerminalCodes.ansiMove($0, $1, &$2) } }
        return TerminalCodes(
            moveTo: moveTo,
            clearScreen: bytes("clear") ?? [],
            clearsToNormal: plainNormal && (!colour || (normal.foreground == .default && normal.background == .default) || rk_flag("bce") == 1),
            clearToEndOfRow: bytes("el"),
            styles: styles,
            blankLooks: blankLooks,
            hideCursor: bytes("civis") ?? [],
            showCursor: bytes("cnorm") ?? [],
            bell: bytes("bel") ?? [0x07],
            writesLastCell: rk_flag("am") == 0 || rk_flag("xenl") == 1)
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
                switch Int32(byte) {
                case SIGWINCH:
                    if rk_resize_to_terminal() == 1 {
                        shown = nil  // every cell is sent again at the new size
                        inputs.append(.resize)
                    }
                case SIGCONT:
                    // Going on after a stop: the shell may have set the terminal cooked and
                    // written over the screen. The program's mode again, every cell again.
                    rk_resume_program_mode()
                    _ = rk_resize_to_terminal()
                    shown = nil
                    inputs.append(.resize)
                default:
                    inputs.append(.signal(Int32(byte)))
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
            let rc = wget_wch(keyboard, &ch)
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

    /// The terminal's number of a theme colour; nil for the terminal's own colour.
    static func colorNumber(_ c: ThemeColor) -> Int32? {
        switch c {
        case .default: nil
        case .black: COLOR_BLACK
        case .red: COLOR_RED
        case .green: COLOR_GREEN
        case .yellow: COLOR_YELLOW
        case .blue: COLOR_BLUE
        case .magenta: COLOR_MAGENTA
        case .cyan: COLOR_CYAN
        case .white: COLOR_WHITE
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
