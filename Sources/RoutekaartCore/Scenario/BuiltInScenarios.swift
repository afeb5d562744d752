/// The scenarios in `Scenarios/`, built into the binary by SwiftPM (`.embedInCode`).
/// A test fails when a file in the folder is missing here.
enum BuiltInScenarios {
    static let files: [String: [UInt8]] = [
        "aan-de-slag-zeeland": PackageResources.aan_de_slag_zeeland_json,
        "agrifood-capital": PackageResources.agrifood_capital_json,
        "cleantech-regio": PackageResources.cleantech_regio_json,
        "dairy-valley": PackageResources.dairy_valley_json,
        "demo": PackageResources.demo_json,
        "economic-board-utrecht": PackageResources.economic_board_utrecht_json,
        "haaglanden": PackageResources.haaglanden_json,
        "hart-van-west-brabant": PackageResources.hart_van_west_brabant_json,
        "leeg": PackageResources.leeg_json,
        "regio-zwolle": PackageResources.regio_zwolle_json,
        "rijnmond": PackageResources.rijnmond_json,
        "seed-valley": PackageResources.seed_valley_json,
    ]
}
