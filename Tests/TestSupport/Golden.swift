import Foundation
import Testing

/// Compares `text` with `__Snapshots__/NAME` (`.txt` unless NAME has an extension) beside
/// the calling test file. With RECORD_GOLDENS=1 in the environment the file is written
/// instead; review the change in the diff.
public func assertGolden(_ text: String, named name: String, filePath: String = #filePath, sourceLocation: SourceLocation = #_sourceLocation) {
    let folder = URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent("__Snapshots__")
    let file = folder.appendingPathComponent(name.contains(".") && !name.hasSuffix(".styles") ? name : name + ".txt")
    if ProcessInfo.processInfo.environment["RECORD_GOLDENS"] == "1" {
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try? Data(text.utf8).write(to: file)
        return
    }
    // Read as bytes: decoding a file as a String would drop a byte order mark.
    guard let data = try? Data(contentsOf: file) else {
        Issue.record("no golden file \(file.lastPathComponent); run with RECORD_GOLDENS=1 and review it", sourceLocation: sourceLocation)
        return
    }
    let expected = String(decoding: data, as: UTF8.self)
    if expected != text {
        let a = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let b = text.split(separator: "\n", omittingEmptySubsequences: false)
        let line = Array(zip(a, b)).firstIndex { $0.0 != $0.1 } ?? min(a.count, b.count)
        let want = line < a.count ? String(a[line]) : "(end)"
        let got = line < b.count ? String(b[line]) : "(end)"
        Issue.record("\(name) differs at line \(line + 1):\n  golden: \(want)\n  now:    \(got)\n\(text)", sourceLocation: sourceLocation)
    }
}
