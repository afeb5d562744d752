import Foundation
import RoutekaartCore
import Testing
@testable import RoutekaartUI

/// One meaning per key: across every screen and mode of the workshop, a key means one kind
/// of thing — navigation, recording or a local command — but for the few exceptions that
/// docs/keys.md lists; and docs/keys.md names every key the screens use.
@Suite struct KeyConflictTests {
    /// Keys with two kinds of meaning, each explained in docs/keys.md ("Keys with two kinds of meaning").
    static let twoKinds: Set<String> = ["1", "2", "3", "4", "5", "0", "Enter", "←", "↑", "↓", "→", "+", "-"]

    /// The single keys a hint's key text names: "←↑↓→ Enter" → ←, ↑, ↓, →, Enter; "1–4" → 1 … 4.
    static func keys(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == " " || $0 == "/" }).flatMap { word -> [String] in
            let w = String(word)
            if w == "1–0" { return (1...9).map(String.init) + ["0"] }
            if let range = w.wholeMatch(of: /([0-9])–([0-9])/), let a = Int(range.1), let b = Int(range.2) { return (a...b).map(String.init) }
            if w.allSatisfy({ "←↑↓→".contains($0) }) || w == "HJKL" { return w.map(String.init) }
            if w == "−" { return ["-"] }
            return [w]
        }
    }

    /// Every key of the workshop with the kinds of meaning it has and where.
    static func meanings() -> [String: [KeyRole: [String]]] {
        var meanings: [String: [KeyRole: [String]]] = [:]
        for section in KeyOverview.sections(.nl) where section.inWorkshop {
            for hint in section.hints {
                for key in keys(hint.keys(.nl)) { meanings[key, default: [:]][hint.role, default: []].append(section.title + ": " + hint.label(.nl)) }
            }
        }
        return meanings
    }

    @Test func aKeyMeansOneKindOfThing() {
        let meanings = Self.meanings()
        #expect(meanings["Tab"]?.keys.map(\.self) == [.navigation], "Tab goes to the next part everywhere")
        for (key, roles) in meanings.sorted(by: { $0.key < $1.key }) where roles.count > 1 && !Self.twoKinds.contains(key) {
            Issue.record("'\(key)' means \(roles.map { "\($0.key.rawValue) (\($0.value.prefix(2).joined(separator: "; ")))" }.joined(separator: " and "))")
        }
        for key in Self.twoKinds { #expect((meanings[key]?.count ?? 0) > 1, "'\(key)' has one kind of meaning now: take it off the list") }
    }

    @Test func docsKeysNamesEveryKey() throws {
        let docs = try String(contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("docs/keys.md"), encoding: .utf8)
        var missing: [String] = []
        for section in KeyOverview.sections(.nl) {
            for hint in section.hints {
                for key in Self.keys(hint.keys(.nl)) where !["abc"].contains(key) {
                    let digit = key.count == 1 && key.first!.isNumber && docs.contains("`1`–`9`, `0`")
                    let written = ["`\(key)`", "`\(key) ", " \(key)`", "| \(key) ", "\(key) |", "`" + (key == "Spatie" ? "Space" : key)]
                    guard !digit else { continue }
                    if !written.contains(where: docs.contains) { missing.append("\(section.title): \(key) (\(hint.label(.nl)))") }
                }
            }
        }
        #expect(missing.isEmpty, "docs/keys.md does not name: \(missing.joined(separator: ", "))")
    }
}
