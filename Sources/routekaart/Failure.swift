import Foundation
import RoutekaartCore

/// An error for the facilitator: one line that says what is wrong and what to do.
struct Failure: Error {
    let message: String
    var exitCode: Int32 = 1

    /// "FILE: problem".
    init(_ path: String, _ error: SessionFileError, _ language: Language) {
        message = "\(path): \(error.message(language))"
    }

    init(_ message: String, exitCode: Int32 = 1) {
        self.message = message
        self.exitCode = exitCode
    }

    /// Any error from opening or creating a session, in the facilitator's words.
    static func from(_ error: Error, path: String, language: Language) -> Failure {
        switch error {
        case let e as SessionFileError: Failure(path, e, language)
        case let e as StoreError: Failure("\(path): " + FailureText.cannotWrite(language) + e.description)
        case let e as CommandError: Failure("\(path): \(e.message(language))")
        default: Failure("\(path): \(error)")
        }
    }
}

/// The texts of this file, in Dutch and English.
enum FailureText {
    static let cannotWrite = LocalizedText(nl: "kan niet schrijven: ", en: "cannot write: ")
}
