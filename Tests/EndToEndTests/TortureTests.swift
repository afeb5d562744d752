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
}
