// swift-tools-version: 6.1
// libFuzzer targets for the session loader, the journal, replay, the exporters and a phone's answers.
// Built only by Fuzz/run.sh, with -sanitize=fuzzer,address.
import PackageDescription

let package = Package(
    name: "routekaart-fuzz",
    dependencies: [.package(name: "routekaart", path: "..")],
    targets: [
        .target(name: "FuzzDriver"),
        .executableTarget(name: "fuzz-session", dependencies: ["FuzzDriver", .product(name: "RoutekaartLibraries", package: "routekaart")]),
        .executableTarget(name: "fuzz-export", dependencies: ["FuzzDriver", .product(name: "RoutekaartLibraries", package: "routekaart")]),
        .executableTarget(name: "fuzz-answer", dependencies: ["FuzzDriver", .product(name: "RoutekaartLibraries", package: "routekaart")]),
    ]
)
