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
        tracer.arguments = ["-p", "\(pid)", "-e", "trace=write,dup2", "-e", "signal=none", "-o", log]
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
        try tmux.keys("q", "Enter")
        try tmux.waitForExit()
        #expect(try tmux.exitStatus() == 0)
        for _ in 0..<100 where tracer.isRunning { usleep(100_000) }  // strace ends with the program

        // A frame: dup2 points ncurses at the memory file, ncurses writes into it, dup2 points
        // it back, and the next write to the terminal (descriptor 1) carries all those bytes.
        var frames: [(writes: Int, bytes: Int, sent: Int?)] = []
        var gathering = false
        func bytes(_ line: Substring) -> Int { line.split(separator: "=").last.flatMap { Int($0.trimmingCharacters(in: .whitespaces)) } ?? -1 }
        for line in ((try? String(contentsOfFile: log, encoding: .utf8)) ?? "").split(separator: "\n") {
            if line.hasPrefix("dup2(") {
                gathering.toggle()
                if gathering { frames.append((0, 0, nil)) }
            } else if gathering, line.hasPrefix("write(") {
                frames[frames.count - 1].writes += 1
                frames[frames.count - 1].bytes += bytes(line)
            } else if line.hasPrefix("write(1,"), let last = frames.indices.last, frames[last].sent == nil {
                frames[last].sent = bytes(line)
            }
        }
        #expect(frames.count >= 4, "\(frames.count) frames for 4 keys")
        #expect(frames.allSatisfy { $0.sent == $0.bytes }, "bytes gathered and sent per frame: \(frames.map { ($0.bytes, $0.sent ?? 0) })")
        // ncurses on its own writes at every cursor move: over 25 times for a Down, over 100 for a switch.
        #expect(frames.map(\.writes).reduce(0, +) >= 40, "ncurses wrote \(frames.map(\.writes)) times into the frames in memory")
    }
}
