// Session files, journals and replay on arbitrary bytes: nothing may crash.
import Foundation
import FuzzDriver
import RoutekaartCore
import RoutekaartUI

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSession(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let data = Data(bytes: bytes, count: count)
    _ = JournalReader.read(data, after: 0)
    // The loader streams the usual file and reads the rest whole: both ways must agree.
    let folder = FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm/" : NSTemporaryDirectory()
    let path = folder + "routekaart-fuzz-\(getpid()).json"
    // Only what could be a session file goes through a real file: the rest costs time and finds nothing new.
    // A file is read, then held to the limits every file is (`SessionFileLimits`): only then is it replayed.
    let checked = (try? SessionFile.decode(data)).flatMap { (try? SessionFileLimits.check($0.events)) != nil ? $0 : nil }
    if data.first(where: { $0 > 0x20 }) == UInt8(ascii: "{"), FileManager.default.createFile(atPath: path, contents: data) {
        let loaded = try? SessionLoader.load(path)
        if loaded?.events != checked?.events || loaded?.metadata != checked?.metadata {
            fatalError("the streamed and the whole-file reading disagree")
        }
    }
    if let file = checked {
        let history = SessionHistory(replaying: file.events)
        _ = ReplayController.dump(events: file.events, at: history.events.count / 2, width: 80, height: 24, language: .nl)
        _ = ReplayController.dump(events: file.events, at: history.events.count, width: 120, height: 40, language: .en)
    }
    return 0
}

@_cdecl("fuzz_session_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt { fuzz(argc, argv, fuzzSession) }
