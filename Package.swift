// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "routekaart",
    products: [
        .executable(name: "routekaart", targets: ["routekaart"]),
        // For the fuzz targets in Fuzz/, which live in a package of their own.
        .library(name: "RoutekaartLibraries", targets: ["RoutekaartCore", "RoutekaartExport", "RoutekaartUI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
        // Without its default traits: no swift-configuration.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1", traits: []),
        // The settings file, config.toml.
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
    ],
    targets: [
        // The workshop engine: method data, events, reducer, undo/redo, session file and store.
        .target(name: "RoutekaartCore", resources: [.embedInCode("Scenarios")]),
        // Screens as pure functions from state to a grid of cells; widgets; key maps.
        .target(name: "RoutekaartUI", dependencies: ["RoutekaartCore"]),
        // Markdown, self-contained HTML with SVG charts, CSV and JSON outcome.
        .target(name: "RoutekaartExport", dependencies: ["RoutekaartCore"]),
        // ncursesw, as a system library with a small shim header.
        .systemLibrary(name: "CNCursesW", pkgConfig: "ncursesw",
                       providers: [.apt(["libncursesw5-dev"])]),
        // libqrencode, as a system library: the QR code of the room's address.
        .systemLibrary(name: "CQREncode", pkgConfig: "libqrencode",
                       providers: [.apt(["libqrencode-dev"])]),
        // The room: the small web server the phones vote through. It posts commands to the
        // run loop's inbox and reads published snapshots; it never touches the session.
        .target(name: "RoutekaartRoom", dependencies: [
            "RoutekaartCore", "CQREncode",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "HummingbirdCore", package: "hummingbird"),
        ]),
        // The C side of the terminal: reset on a crash, signals into a pipe, one write a frame.
        .target(name: "CRoutekaartTerminal"),
        // Draws a Frame with ncursesw and reads keys.
        .target(name: "RoutekaartTerminal",
                dependencies: ["RoutekaartUI", "CNCursesW", "CRoutekaartTerminal"]),
        .executableTarget(
            name: "routekaart",
            dependencies: [
                "RoutekaartCore", "RoutekaartUI", "RoutekaartTerminal", "RoutekaartExport", "RoutekaartRoom",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "TOMLKit", package: "TOMLKit"),
            ],
            // Exports no symbols: the dynamic loader and dladdr (in the Swift runtime's start)
            // then search 600 instead of 26,000, about 1 ms less before the first frame.
            linkerSettings: [.unsafeFlags(["-Xlinker", "--no-export-dynamic"])]),
        // Named performance figures against their budgets: swift run -c release routekaart-bench
        .executableTarget(name: "routekaart-bench", dependencies: ["RoutekaartCore", "RoutekaartUI", "RoutekaartExport"]),
        // kill -9 torture of the session store: swift run routekaart-torture [--long]
        .executableTarget(name: "routekaart-torture", dependencies: ["RoutekaartCore"]),
        .testTarget(
            name: "RoutekaartCoreTests",
            dependencies: [
                "RoutekaartCore",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]),
        // Golden-file comparison shared by the test targets.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(
            name: "RoutekaartUITests",
            dependencies: ["RoutekaartUI", "RoutekaartCore", "TestSupport",
                           .product(name: "PropertyBased", package: "swift-property-based")],
            exclude: ["__Snapshots__"]),
        .testTarget(
            name: "RoutekaartTerminalTests",
            dependencies: ["RoutekaartTerminal", "RoutekaartUI", "CNCursesW",
                           .product(name: "PropertyBased", package: "swift-property-based")]),
        .testTarget(
            name: "RoutekaartExportTests",
            dependencies: ["RoutekaartExport", "RoutekaartCore", "TestSupport"],
            exclude: ["__Snapshots__"]),
        .testTarget(
            name: "RoutekaartRoomTests",
            dependencies: [
                "RoutekaartRoom", "RoutekaartCore",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]),
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["routekaart", "routekaart-torture", "RoutekaartUI", "RoutekaartRoom"]),
    ]
)
