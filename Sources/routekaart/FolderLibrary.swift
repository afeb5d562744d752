import Foundation
import RoutekaartCore
import RoutekaartUI

/// The sessions folder as a library of earlier sessions, read without changing them.
struct FolderLibrary: SessionLibrary {
    let folder: String

    func sessions() -> [EarlierSession] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        let found = names.filter { $0.hasSuffix(".json") }.compactMap { name -> (Timestamp, EarlierSession)? in
            let path = folder + "/" + name
            guard let loaded = try? SessionLoader.load(path) else { return nil }
            let details = SessionHistory(replaying: loaded.events).state.details
            return (loaded.metadata.created, EarlierSession(path: path, title: details.title, region: details.region, date: details.date))
        }
        return found.sorted { $0.0 > $1.0 }.map(\.1)
    }

    func load(_ path: String) -> WorkshopState? {
        (try? SessionLoader.load(path)).map { SessionHistory(replaying: $0.events).state }
    }
}
