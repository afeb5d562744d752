import Foundation
import Testing

/// Every command that prints checks its writes: a full disk is one line and exit 1, a
/// closed pipe ends quietly.
@Suite struct StandardOutputEndToEndTests {
    func commands(_ file: String) -> [[String]] {
        [["export", file, "--format", "md"], ["export", file, "--format", "csv", "--table", "participants"],
         ["check", file], ["replay", file, "--dump"], ["scenarios"]]
    }

    @Test func aFullDiskIsOneLineAndExitOne() throws {
        let file = try makeDemoSession()
        for command in commands(file) {
            let result = try run(routekaartBinary, command, stdout: .path("/dev/full"))
            #expect(result.status == 1, "\(command): exit \(result.status)")
            #expect(result.stderr == "routekaart: " + (command[0] == "export" ? "-: " : "") + "kan niet schrijven: "
                    + (command[0] == "export" ? "" : "standaarduitvoer: ") + "No space left on device\n",
                    "\(command): \(result.stderr)")
        }
    }

    @Test func aClosedPipeEndsQuietly() throws {
        let file = try makeDemoSession()
        for command in commands(file) {
            let result = try run(routekaartBinary, command, stdout: .closedPipe)
            #expect(result.status == 128 + SIGPIPE, "\(command): exit \(result.status)")
            #expect(result.stderr.isEmpty, "\(command): \(result.stderr)")
        }
    }
}
