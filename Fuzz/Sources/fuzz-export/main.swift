// Exporters on arbitrary event logs: nothing may crash.
import Foundation
import RoutekaartCore
import RoutekaartExport

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzExport(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let data = Data(bytes: bytes, count: count)
    guard let events = try? JSONDecoder().decode([RecordedEvent].self, from: data) else { return 0 }
    let outcome = Outcome(events: events, anonymise: count % 2 == 0, language: .nl)
    _ = MarkdownExporter.render(outcome, language: .nl)
    _ = HTMLExporter.render(outcome, language: .en)
    _ = try? outcome.json()
    for table in CSVExporter.Table.allCases { _ = CSVExporter.render(outcome, table: table, dialect: .excelNL, raw: false) }
    return 0
}

// SwiftPM links an executable's entry point as fuzz_export_main; hand it to libFuzzer's driver.
@_silgen_name("LLVMFuzzerRunDriver")
func runDriver(_ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
               _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt) -> CInt

@_cdecl("fuzz_export_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return runDriver(&count, &arguments, fuzzExport)
}
