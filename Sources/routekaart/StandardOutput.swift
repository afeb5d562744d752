import Foundation
import Glibc
import RoutekaartCore

/// Standard output for the commands that print: every write is checked, so a full disk or
/// `> /dev/full` ends in one line and exit 1, never in a crash or a silent exit 0. A closed
/// pipe ends the program quietly through SIGPIPE, as other Unix tools do.
enum StandardOutput {
    /// Why a write to standard output failed, in the system's words.
    struct WriteFailed: LocalizedError {
        let reason: String
        var errorDescription: String? { reason }
    }

    /// Writes all of `text`, or throws.
    static func write(_ text: String) throws(WriteFailed) {
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { Glibc.write(STDOUT_FILENO, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                throw WriteFailed(reason: String(cString: strerror(errno)))
            }
            bytes = bytes.dropFirst(written)
        }
    }

    /// Writes all of `text`, made safe for a terminal (`SafeText`), or fails with
    /// "kan niet schrijven: standaarduitvoer: REASON".
    static func print(_ text: String, language: Language) throws {
        do {
            try write(SafeText.multiline(text))
        } catch {
            throw Failure(FailureText.cannotWrite(language) + StandardOutputText.standardOutput(language) + ": " + error.reason)
        }
    }
}

/// The texts of this file, in Dutch and English.
enum StandardOutputText {
    static let standardOutput = LocalizedText(nl: "standaarduitvoer", en: "standard output")
}
