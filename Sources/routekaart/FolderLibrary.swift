import Foundation
import RoutekaartCore
import RoutekaartUI

/// The sessions folder as a library of earlier sessions, read without changing them.
struct FolderLibrary: SessionLibrary {
    let folder: String

    func sessions() -> [EarlierSession] {
        SessionCatalogue(folder: folder, language: .nl).entries.compactMap { e in
            guard e.problem == nil else { return nil }
            return EarlierSession(path: e.path, title: e.title ?? "", region: e.region ?? "", date: e.date ?? "")
        }
    }

    func load(_ path: String) -> WorkshopState? {
        (try? SessionLoader.load(path)).map { SessionHistory(replaying: $0.events).state }
    }
}
