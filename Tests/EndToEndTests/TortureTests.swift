import Foundation
import Testing

/// The short mode of the kill -9 torture (20 runs); `routekaart-torture --long` runs 200.
@Suite struct TortureTests {
    @Test func killedAtRandomMomentsNothingAcknowledgedIsLost() throws {
        let binary = URL(fileURLWithPath: routekaartBinary).deletingLastPathComponent().appendingPathComponent("routekaart-torture").path
        let result = try run(binary, ["--runs", "20"])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("20/20 reopened, 0 lost"), "\(result.stdout)")
    }

    /// `routekaart check` in a loop while another process folds the journal every 40 events.
    @Test func readersAlwaysSeeAWholeSession() throws {
        let binary = URL(fileURLWithPath: routekaartBinary).deletingLastPathComponent().appendingPathComponent("routekaart-torture").path
        let result = try run(binary, ["--readers", "25", "--events", "3000", "--compact-every", "40"])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("25 reads of a session of 3000+ events folded every 40: 0 inconsistent"), "\(result.stdout)")
    }
}
