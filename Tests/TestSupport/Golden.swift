import Foundation
import Testing

/// Compares `text` with `__Snapshots__/NAME` (`.txt` unless NAME has an extension) beside
/// the calling test file. With RECORD_GOLDENS=1 in the environment the file is written
/// instead (a write that fails fails the test); review the change in the diff. A mismatch
/// shows the first lines of a unified diff from the golden file to the text.
public func assertGolden(_ text: String, named name: String, filePath: String = #filePath, sourceLocation: SourceLocation = #_sourceLocation) {
    let folder = URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent("__Snapshots__")
    let file = folder.appendingPathComponent(name.contains(".") && !name.hasSuffix(".styles") ? name : name + ".txt")
    if ProcessInfo.processInfo.environment["RECORD_GOLDENS"] == "1" {
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: file)
        } catch {
            Issue.record("could not record \(file.path): \(error)", sourceLocation: sourceLocation)
        }
        return
    }
    // Read as bytes: decoding a file as a String would drop a byte order mark.
    guard let data = try? Data(contentsOf: file) else {
        Issue.record("no golden file \(file.lastPathComponent); run with RECORD_GOLDENS=1 and review it", sourceLocation: sourceLocation)
        return
    }
    let expected = String(decoding: data, as: UTF8.self)
    if expected != text {
        let diff = UnifiedDiff.lines(from: expected, to: text, fromName: "golden/" + file.lastPathComponent, toName: "now")
        Issue.record(Comment(rawValue: "\(name) differs from its golden file:\n" + diff.prefix(40).joined(separator: "\n")), sourceLocation: sourceLocation)
    }
}

/// A line diff in the unified format (`---`, `+++`, `@@` hunks with three lines of context).
public enum UnifiedDiff {
    public static func lines(from old: String, to new: String, fromName: String, toName: String, context: Int = 3) -> [String] {
        let a = old.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let b = new.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let edits = script(a, b)
        var out = ["--- " + fromName, "+++ " + toName]
        var i = 0
        while i < edits.count {
            guard edits[i].kind != .same else { i += 1; continue }
            // A hunk: from `context` lines before this change to `context` lines after the last change near it.
            let start = max(0, i - context)
            var end = i
            while end < edits.count {
                if edits[end].kind != .same { end += 1; continue }
                let nextChange = edits[end...].firstIndex { $0.kind != .same } ?? edits.count
                if nextChange - end > 2 * context || nextChange == edits.count { end = min(edits.count, end + context); break }
                end = nextChange
            }
            let hunk = edits[start..<end]
            let oldStart = (hunk.first { $0.kind != .insert }?.oldLine ?? 0) + 1
            let newStart = (hunk.first { $0.kind != .delete }?.newLine ?? 0) + 1
            let oldCount = hunk.filter { $0.kind != .insert }.count
            let newCount = hunk.filter { $0.kind != .delete }.count
            out.append("@@ -\(oldStart),\(oldCount) +\(newStart),\(newCount) @@")
            for e in hunk {
                switch e.kind {
                case .same: out.append(" " + a[e.oldLine])
                case .delete: out.append("-" + a[e.oldLine])
                case .insert: out.append("+" + b[e.newLine])
                }
            }
            i = end
        }
        return out
    }

    struct Edit {
        enum Kind { case same, delete, insert }
        var kind: Kind
        var oldLine: Int
        var newLine: Int
    }

    /// The shortest edit script by the longest common subsequence of lines.
    static func script(_ a: [String], _ b: [String]) -> [Edit] {
        let n = a.count, m = b.count
        var lcs = [[Int]](repeating: [Int](repeating: 0, count: m + 1), count: n + 1)
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : max(lcs[i + 1][j], lcs[i][j + 1])
            }
        }
        var edits: [Edit] = []
        var i = 0, j = 0
        while i < n || j < m {
            if i < n, j < m, a[i] == b[j] {
                edits.append(Edit(kind: .same, oldLine: i, newLine: j)); i += 1; j += 1
            } else if j < m, i == n || lcs[i][j + 1] > lcs[i + 1][j] {
                edits.append(Edit(kind: .insert, oldLine: i, newLine: j)); j += 1
            } else {
                edits.append(Edit(kind: .delete, oldLine: i, newLine: j)); i += 1
            }
        }
        return edits
    }
}
