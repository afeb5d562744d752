// Exporters on arbitrary event logs that pass the checks every file passes before it is
// exported (texts, numbers, rows): nothing may crash.
import Foundation
import FuzzDriver
import RoutekaartCore
import RoutekaartExport

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzExport(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let data = Data(bytes: bytes, count: count)
    guard let events = try? JSONDecoder().decode([RecordedEvent].self, from: data), (try? SessionFileLimits.check(events)) != nil else { return 0 }
    let outcome = Outcome(events: events, anonymise: count % 2 == 0, language: .nl)
    _ = MarkdownExporter.render(outcome, language: .nl)
    _ = HTMLExporter.render(outcome, language: .en)
    _ = try? outcome.json()
    for table in CSVExporter.Table.allCases { _ = CSVExporter.render(outcome, table: table, dialect: .excelNL, raw: false) }
    return 0
}

@_cdecl("fuzz_export_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt { fuzz(argc, argv, fuzzExport) }
