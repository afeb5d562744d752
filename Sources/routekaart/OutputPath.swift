import Foundation
import Glibc
import RoutekaartCore

/// Where an export may be written: never over the session it comes from (nor its journal),
/// never over any session file, never through a symbolic link or into a device, FIFO or
/// folder; an existing file only when asked (`--force`).
enum OutputPath {
    enum Refusal: Error, Equatable {
        case sessionItself, sessionFile, link, notAFile, exists

        func message(_ language: Language) -> String {
            switch self {
            case .sessionItself: OutputPathText.sessionItself(language)
            case .sessionFile: OutputPathText.sessionFile(language)
            case .link: OutputPathText.link(language)
            case .notAFile: OutputPathText.notAFile(language)
            case .exists: OutputPathText.exists(language)
            }
        }
    }

    /// Throws why `path` may not be written, for an export of `session`.
    static func check(_ path: String, session: String, force: Bool) throws(Refusal) {
        var target = stat()
        guard lstat(path, &target) == 0 else { return }  // nothing there yet
        if target.st_mode & S_IFMT == S_IFLNK { throw .link }
        for own in [session, session + ".journal", session + ".corrupt"] {
            var other = stat()
            if stat(own, &other) == 0, other.st_dev == target.st_dev, other.st_ino == target.st_ino { throw .sessionItself }
        }
        guard target.st_mode & S_IFMT == S_IFREG else { throw .notAFile }
        if isSessionFile(path) { throw .sessionFile }
        if !force { throw .exists }
    }

    /// Whether the file starts as a session file does (its format marker in the first bytes).
    static func isSessionFile(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 4096)) ?? Data()
        return String(decoding: head, as: UTF8.self).contains("\"" + SessionFile.formatID + "\"")
    }
}

/// The texts of this file, in Dutch and English.
enum OutputPathText {
    static let sessionItself = LocalizedText(nl: "dat is het sessiebestand zelf (of zijn journaal); kies een andere naam",
                                             en: "that is the session file itself (or its journal); choose another name")
    static let sessionFile = LocalizedText(nl: "dat is een sessiebestand; routekaart schrijft er geen export overheen",
                                           en: "that is a session file; routekaart does not write an export over it")
    static let link = LocalizedText(nl: "is een symbolische koppeling; routekaart vervangt die niet", en: "is a symbolic link; routekaart does not replace it")
    static let notAFile = LocalizedText(nl: "is geen gewoon bestand", en: "is not a regular file")
    static let exists = LocalizedText(nl: "bestaat al; --force om te overschrijven", en: "exists already; --force to overwrite")
}
