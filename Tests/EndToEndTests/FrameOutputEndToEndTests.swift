import Foundation
import Testing

/// What leaves for the terminal, watched with strace on the real program: every frame in
/// one write, so the projector never shows half of one.
@Suite(.serialized) struct FrameOutputEndToEndTests {
    @Test func aFrameLeavesInOneWrite() throws {
        let traced = try Traced(["-tt", "-e", "trace=write"])
        defer { traced.end() }
        let tmux = traced.tmux
        try traced.press("Down", times: 3, apart: 250_000)
        try tmux.keys("5")  // a switch of screens: the whole screen changes
        try tmux.waitFor("Wegwijzer 5", timeout: 5)
        usleep(250_000)
        try tmux.keys("q")  // the question whether to quit is a frame too
        usleep(250_000)
        try tmux.keys("Enter")
        let lines = try traced.linesOnceEnded()
        #expect(try tmux.exitStatus() == 0)

        // Writes to the terminal (descriptor 1), grouped by key: the keys were 250 ms apart.
        var keys: [[Int]] = []
        var lastTime = -1.0
        for line in lines {
            let fields = line.split(separator: " ", maxSplits: 1)
            guard fields.count == 2, fields[1].hasPrefix("write(1,") else { continue }
            let clock = fields[0].split(separator: ":").compactMap { Double($0) }
            guard clock.count == 3 else { continue }
            let time = clock[0] * 3600 + clock[1] * 60 + clock[2]
            let bytes = fields[1].split(separator: "=").last.flatMap { Int($0.trimmingCharacters(in: .whitespaces)) } ?? -1
            if lastTime < 0 || time - lastTime > 0.1 { keys.append([]) }
            keys[keys.count - 1].append(bytes)
            lastTime = time
        }
        // The last group is the way out: the terminal's own modes are put back.
        let frames = keys.dropLast()
        #expect(frames.count >= 5, "writes to the terminal, by key: \(keys)")
        #expect(frames.allSatisfy { $0.count == 1 }, "writes to the terminal, by key: \(keys)")
        // The switch of screens sends thousands of bytes, and they leave in one write.
        #expect(frames.contains { $0.count == 1 && $0[0] > 2000 }, "writes to the terminal, by key: \(keys)")
    }

    /// Where the facilitator went waits for the frame that shows it: a screen switch is on
    /// the projector first and in the journal right after.
    @Test func aScreenSwitchIsShownBeforeItIsJournaled() throws {
        let traced = try Traced(["-s", "300", "-e", "trace=write,read"])
        defer { traced.end() }
        try traced.tmux.keys("5")
        try traced.tmux.waitFor("Wegwijzer 5", timeout: 5)
        usleep(250_000)
        try traced.tmux.keys("q", "Enter")
        let calls = try traced.linesOnceEnded().filter { $0.hasPrefix("write(") || $0.hasPrefix("read(0,") }
        guard let journaled = calls.firstIndex(where: { $0.contains(#"\"type\":\"wegwijzerOpened\""#) }) else {
            Issue.record("no journal line for the switch: \(calls)")
            return
        }
        let before = calls[..<journaled]
        let frame = before.lastIndex { $0.hasPrefix("write(1,") }
        let key = before.lastIndex { $0.hasPrefix("read(0, \"5\"") }
        #expect(key != nil && frame != nil && key! < frame!, "the key, then its frame, then its journal line: \(calls)")
    }

    /// Screens are drawn ahead once, after the first frame: keys that change nothing on the
    /// screen (here NUL bytes, read and dropped) start no thread.
    @Test func keysThatChangeNothingStartNoThread() throws {
        let traced = try Traced(["-f", "-e", "trace=clone,clone3"])
        defer { traced.end() }
        try traced.press("C-@", times: 5, apart: 150_000)
        try traced.tmux.keys("q", "Enter")
        let started = try traced.linesOnceEnded().filter { $0.contains("clone") && !$0.contains("resumed") }
        #expect(started.isEmpty, "threads started by keys that change nothing: \(started)")
    }

    /// The program in tmux on the route map, with strace attached (`options`); strace
    /// ends with the program.
    struct Traced {
        let tmux: TmuxSession
        let tracer = Process()
        let folder: String

        init(_ options: [String]) throws {
            tmux = try TmuxSession([])
            try tmux.waitFor("Laat de feiten spreken")
            folder = try makeTemporaryFolder()
            tracer.executableURL = URL(fileURLWithPath: "/usr/bin/strace")
            tracer.arguments = ["-p", "\(try tmux.programPID())"] + options + ["-e", "signal=none", "-o", folder + "/strace"]
            tracer.standardError = FileHandle.nullDevice
            try tracer.run()
            usleep(700_000)  // attached
        }

        func press(_ key: String, times: Int, apart: useconds_t) throws {
            for _ in 0..<times {
                try tmux.keys(key)
                usleep(apart)
            }
        }

        /// What strace wrote, a line each, once the program and strace have ended.
        func linesOnceEnded() throws -> [Substring] {
            try tmux.waitForExit()
            for _ in 0..<100 where tracer.isRunning { usleep(100_000) }
            return ((try? String(contentsOfFile: folder + "/strace", encoding: .utf8)) ?? "").split(separator: "\n")
        }

        func end() {
            if tracer.isRunning { kill(tracer.processIdentifier, SIGKILL) }
            try? FileManager.default.removeItem(atPath: folder)
        }
    }
}
