import Foundation
import Testing

/// The built `routekaart` next to the test bundle (or ROUTEKAART_BIN).
let routekaartBinary: String = {
    if let path = ProcessInfo.processInfo.environment["ROUTEKAART_BIN"] { return path }
    let folder = URL(fileURLWithPath: ProcessInfo.processInfo.arguments[0]).deletingLastPathComponent()
    return folder.appendingPathComponent("routekaart").path
}()

/// Where a program run by `run` writes its standard output.
enum StandardOutputTarget {
    /// A file, read back as `stdout`.
    case captured
    /// A device or file of the test's choosing, e.g. /dev/full.
    case path(String)
    /// A pipe whose reading end is already closed.
    case closedPipe
}

/// Runs a program to completion and returns its status and output. posix_spawn and
/// waitpid, with output in files: a tmux server started here keeps inherited pipes open.
@discardableResult
func run(_ executable: String, _ arguments: [String], environment: [String: String] = [:],
         stdout target: StandardOutputTarget = .captured) throws -> (status: Int32, stdout: String, stderr: String) {
    var env = ProcessInfo.processInfo.environment
    env["LANG"] = "C.UTF-8"
    // No settings file unless the test makes one: the runner's own ~/.config stays out of it.
    env["XDG_CONFIG_HOME"] = (environment["HOME"] ?? "/nonexistent") + "/config"
    for (k, v) in environment { env[k] = v }
    let folder = try makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let outPath = folder + "/stdout", errPath = folder + "/stderr"

    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    var pipeEnds: [Int32] = [-1, -1]
    switch target {
    case .captured: posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    case let .path(path): posix_spawn_file_actions_addopen(&actions, 1, path, O_WRONLY, 0)
    case .closedPipe:
        guard pipe(&pipeEnds) == 0 else { throw TmuxError(message: "pipe: \(String(cString: strerror(errno)))") }
        close(pipeEnds[0])
        posix_spawn_file_actions_adddup2(&actions, pipeEnds[1], 1)
    }
    defer { if pipeEnds[1] >= 0 { close(pipeEnds[1]) } }
    posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)

    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    let envp = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer { (argv + envp).forEach { free($0) } }
    var pid: pid_t = 0
    let rc = posix_spawn(&pid, executable, &actions, nil, argv, envp)
    guard rc == 0 else { throw TmuxError(message: "cannot start \(executable): \(String(cString: strerror(rc)))") }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    let exitStatus = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    let stdout = FileManager.default.contents(atPath: outPath) ?? Data()
    let stderr = FileManager.default.contents(atPath: errPath) ?? Data()
    return (exitStatus, String(decoding: stdout, as: UTF8.self), String(decoding: stderr, as: UTF8.self))
}

/// The real binary in a detached tmux session on a private server, read back with
/// capture-pane as the room would see it.
final class TmuxSession {
    let socket = "routekaart-e2e-\(getpid())-\(UUID().uuidString.prefix(8))"
    let home: String
    private let config: String

    /// Starts `routekaart ARGUMENTS` in a `width`×`height` terminal.
    /// The first-run tour is marked as seen unless `tour` is true; `afterwards` is a
    /// shell command run in the same terminal once the program has ended; `term`, when
    /// given, is the program's TERM.
    init(_ arguments: [String], width: Int = 120, height: Int = 40, environment: [String: String] = [:], home: String? = nil, tour: Bool = false,
         afterwards: String = "", term: String? = nil, limits: [String] = []) throws {
        self.home = try home ?? makeTemporaryFolder()
        if !tour {
            try FileManager.default.createDirectory(atPath: self.home + "/data/routekaart", withIntermediateDirectories: true)
            FileManager.default.createFile(atPath: self.home + "/data/routekaart/rondleiding-gezien", contents: Data("ja\n".utf8))
        }
        config = self.home + "/tmux.conf"
        try """
        set -g remain-on-exit on
        set -g default-terminal "tmux-256color"
        set -g history-limit 0
        """.write(toFile: config, atomically: true, encoding: .utf8)
        // NO_COLOR empty unless a test sets it: the test runner's own environment may carry it.
        var env = ["HOME": self.home, "XDG_DATA_HOME": self.home + "/data", "XDG_CONFIG_HOME": self.home + "/config", "LANG": "C.UTF-8", "NO_COLOR": ""]
        for (k, v) in environment { env[k] = v }
        // bash runs the program and keeps its exit status in a file; tmux's own record
        // of it is not reliable when the pane's terminal closes first.
        // tmux sets TERM itself; `term` replaces it for the program alone. `limits` are
        // prlimit(1)'s options for the program (`--nofile=1024:1024`).
        let limited = limits.isEmpty ? [] : ["/usr/bin/prlimit"] + limits + ["--"]
        let program = (limited + (term.map { ["/usr/bin/env", "TERM=" + $0] } ?? []) + [routekaartBinary] + arguments).map(shellQuoted).joined(separator: " ")
        let command = "exec bash --norc -c " + shellQuoted("\(program); echo $? > \(shellQuoted(self.home + "/exit-status")); \(afterwards)")
        var args = ["-f", config, "new-session", "-d", "-s", "rk", "-x", "\(width)", "-y", "\(height)"]
        for (k, v) in env.sorted(by: { $0.key < $1.key }) { args += ["-e", "\(k)=\(v)"] }
        args.append(command)
        try tmux(args)
        serverPID = Int32(try tmux(["display-message", "-p", "#{pid}"]).trimmingCharacters(in: .whitespacesAndNewlines))
    }

    private var serverPID: Int32?


    deinit {
        // kill-server alone has been seen to leave the server running; end it by pid too.
        // The pane's terminal closes with it, and the program gets SIGHUP.
        _ = try? run("/usr/bin/tmux", ["-L", socket, "kill-server"])
        if let pid = serverPID { kill(pid, SIGKILL) }
    }

    @discardableResult
    func tmux(_ arguments: [String]) throws -> String {
        let result = try run("/usr/bin/tmux", ["-L", socket] + arguments)
        if result.status != 0 { throw TmuxError(message: "tmux \(arguments.joined(separator: " ")): \(result.stderr)") }
        return result.stdout
    }

    /// The screen as text.
    func screen(withAttributes: Bool = false) throws -> String {
        try tmux(["capture-pane", "-p", "-t", "rk"] + (withAttributes ? ["-e"] : []))
    }

    /// A tmux format value of the pane, e.g. "pane_dead" or "alternate_on".
    func value(_ name: String) throws -> String {
        try tmux(["display-message", "-p", "-t", "rk", "#{\(name)}"]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func keys(_ keys: String...) throws { try tmux(["send-keys", "-t", "rk"] + keys) }

    func type(_ text: String) throws { try tmux(["send-keys", "-t", "rk", "-l", text]) }

    func resize(_ width: Int, _ height: Int) throws { try tmux(["resize-window", "-t", "rk", "-x", "\(width)", "-y", "\(height)"]) }

    /// Waits until the screen satisfies `condition`; returns how long it took.
    @discardableResult
    func waitFor(_ what: String, timeout: Double = 10, _ condition: (String) -> Bool) throws -> Double {
        let start = Date()
        var last = ""
        while Date().timeIntervalSince(start) < timeout {
            last = try screen()
            if condition(last) { return Date().timeIntervalSince(start) }
            usleep(30_000)
        }
        throw TmuxError(message: "timed out waiting for \(what); the screen was:\n\(last)")
    }

    @discardableResult
    func waitFor(_ text: String, timeout: Double = 10) throws -> Double {
        try waitFor("'\(text)'", timeout: timeout) { $0.contains(text) }
    }

    /// Closes the terminal under the program, as when the window is closed.
    func closeTerminal() {
        if let pid = serverPID { kill(pid, SIGKILL) }
    }

    /// The program's process id (a child of the pane's bash).
    func programPID() throws -> Int32 {
        let shell = try value("pane_pid")
        let start = Date()
        while Date().timeIntervalSince(start) < 5 {
            let children = (try? String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)) ?? ""
            if let first = children.split(separator: " ").first, let pid = Int32(first) { return pid }
            usleep(20_000)
        }
        throw TmuxError(message: "routekaart is not running")
    }

    /// How the program ended: its exit status, or 128 + the signal that ended it.
    func exitStatus() throws -> Int32? {
        let text = try? String(contentsOfFile: home + "/exit-status", encoding: .utf8)
        return text.flatMap { Int32($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
    }

    /// Waits until the program has ended.
    func waitForExit(timeout: Double = 10) throws {
        let start = Date()
        while Date().timeIntervalSince(start) < timeout {
            if try value("pane_dead") == "1" { return }
            usleep(30_000)
        }
        throw TmuxError(message: "routekaart did not exit; the screen was:\n\(try screen())")
    }

    /// Session files the program wrote.
    var sessionFiles: [String] {
        let folder = home + "/data/routekaart/sessions"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { $0.hasSuffix(".json") }.sorted().map { folder + "/" + $0 }
    }
}

struct TmuxError: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}

func shellQuoted(_ s: String) -> String { "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'" }

/// A demo session file made by the program itself (`new`, then quit) in a new folder.
func makeDemoSession(named name: String = "s.json") throws -> String {
    let path = try makeTemporaryFolder() + "/" + name
    let tmux = try TmuxSession(["new", "--scenario", "demo", "-o", path])
    try tmux.waitFor("Laat de feiten spreken")
    try tmux.keys("q", "Enter")
    try tmux.waitForExit()
    return path
}

func makeTemporaryFolder() throws -> String {
    let path = NSTemporaryDirectory() + "routekaart-e2e-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}
