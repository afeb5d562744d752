import Foundation
import Testing

/// What leaves for the terminal, watched with strace on the real program: every frame in
/// one write, so the projector never shows half of one.
@Suite(.serialized) struct FrameOutputEndToEndTests {
    @Test func aFrameLeavesInOneWrite() throws {
        let tmux = try TmuxSession([])
        try tmux.waitFor("Laat de feiten spreken")
        let pid = try tmux.programPID()
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let log = folder + "/writes"
        let tracer = Process()
        tracer.executableURL = URL(fileURLWithPath: "/usr/bin/strace")
        tracer.arguments = ["-p", "\(pid)", "-tt", "-e", "trace=write", "-e", "signal=none", "-o", log]
        tracer.standardError = FileHandle.nullDevice
        try tracer.run()
        defer { if tracer.isRunning { kill(tracer.processIdentifier, SIGKILL) } }
        usleep(700_000)  // attached
        for _ in 0..<3 {
            try tmux.keys("Down")
            usleep(250_000)
        }
        try tmux.keys("5")  // a switch of screens: the whole screen changes
        try tmux.waitFor("Wegwijzer 5", timeout: 5)
        usleep(250_000)
        try tmux.keys("q")  // the question whether to quit is a frame too
        usleep(250_000)
        try tmux.keys("Enter")
        try tmux.waitForExit()
        #expect(try tmux.exitStatus() == 0)
        for _ in 0..<100 where tracer.isRunning { usleep(100_000) }  // strace ends with the program

        // Writes to the terminal (descriptor 1), grouped by key: the keys were 250 ms apart.
        var keys: [[Int]] = []
        var lastTime = -1.0
        for line in ((try? String(contentsOfFile: log, encoding: .utf8)) ?? "").split(separator: "\n") {
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
}
