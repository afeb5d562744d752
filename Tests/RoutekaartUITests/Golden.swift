import Foundation
import Testing

/// Compares `text` with `__Snapshots__/NAME.txt`. With RECORD_GOLDENS=1 in the
/// environment the file is written instead; review the change in the diff.
func assertGolden(_ text: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("__Snapshots__")
    let file = folder.appendingPathComponent(name + ".txt")
    if ProcessInfo.processInfo.environment["RECORD_GOLDENS"] == "1" {
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try? Data(text.utf8).write(to: file)
        return
    }
    guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
        Issue.record("no golden file \(name).txt; run with RECORD_GOLDENS=1 and review it", sourceLocation: sourceLocation)
        return
    }
    if expected != text {
        let a = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let b = text.split(separator: "\n", omittingEmptySubsequences: false)
        let line = Array(zip(a, b)).firstIndex { $0.0 != $0.1 } ?? min(a.count, b.count)
        let want = line < a.count ? String(a[line]) : "(end)"
        let got = line < b.count ? String(b[line]) : "(end)"
        Issue.record("\(name) differs at line \(line + 1):\n  golden: \(want)\n  now:    \(got)\n\(text)", sourceLocation: sourceLocation)
    }
}
