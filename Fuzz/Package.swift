// swift-tools-version: 6.1
// libFuzzer targets for the session loader, the journal, replay and the exporters.
// Built only by Fuzz/run.sh, with -sanitize=fuzzer,address.
import PackageDescription

let package = Package(
    name: "routekaart-fuzz",
    dependencies: [.package(name: "routekaart", path: "..")],
    targets: [
        .executableTarget(name: "fuzz-session", dependencies: [.product(name: "RoutekaartLibraries", package: "routekaart")]),
        .executableTarget(name: "fuzz-export", dependencies: [.product(name: "RoutekaartLibraries", package: "routekaart")]),
    ]
)
