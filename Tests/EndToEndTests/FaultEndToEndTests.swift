import Foundation
import Testing

/// A full disk during a workshop, with the real binary on a 64 KiB tmpfs.
@Suite(.serialized) struct FaultEndToEndTests {
    /// Mounts a small tmpfs; nil where mounting is not allowed (then the test says so).
    func tinyDisk() throws -> String? {
        let mountPoint = try makeTemporaryFolder()
        let result = try run("/bin/mount", ["-t", "tmpfs", "-o", "size=64k", "tmpfs", mountPoint])
        return result.status == 0 ? mountPoint : nil
    }

    @Test func aFullDiskWarnsKeepsEverythingAndSavesElsewhere() throws {
        guard let disk = try tinyDisk() else {
            // Mounting needs root (CI runs as root); FaultTests covers the same logic with a stand-in.
            print("FaultEndToEndTests: no tmpfs could be mounted here; the disk-full run was left out")
            return
        }
        defer { _ = try? run("/bin/umount", [disk]) }
        let tmux = try TmuxSession(["new", "--scenario", "demo", "-o", disk + "/sessie.json"])
        try tmux.waitFor("Laat de feiten spreken")
        // Fill the disk to the last byte.
        _ = try run("/bin/dd", ["if=/dev/zero", "of=\(disk)/vol", "bs=1k", "count=200"])
        try tmux.keys("3", "Tab", "Enter")
        try tmux.type("Wat de zaal zei mag niet verloren gaan.")
        try tmux.keys("Escape")
        try tmux.waitFor("the warning after typing") {
            $0.contains("Opslaan lukt niet. Alles blijft in het geheugen; druk S om elders op te slaan. Oorzaak: de schijf is vol.")
                && $0.contains("NIET OPGESLAGEN") && !$0.contains("klaar met typen")
        }
        try tmux.keys("S")
        try tmux.waitFor("Elders opslaan")
        try tmux.keys("Enter")
        try tmux.waitFor("Alles is opgeslagen in")
        #expect(try tmux.screen().contains("● opgeslagen"))
        try tmux.keys("q", "Enter")
        try tmux.waitForExit()
        #expect(try tmux.exitStatus() == 0)
        let copies = try FileManager.default.contentsOfDirectory(atPath: tmux.home).filter { $0.hasPrefix("routekaart-noodkopie-") && $0.hasSuffix(".json") }
        let copy = try #require(copies.first)
        let check = try run(routekaartBinary, ["export", tmux.home + "/" + copy, "--format", "md"])
        #expect(check.stdout.contains("Wat de zaal zei mag niet verloren gaan."), "\(check.stdout)")
    }
}
