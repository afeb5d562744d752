// Session files, journals and replay on arbitrary bytes: nothing may crash.
import Foundation
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
    if data.first { $0 > 0x20 } == UInt8(ascii: "{"), FileManager.default.createFile(atPath: path, contents: data) {
        let loaded = try? SessionLoader.load(path)
        let decoded = try? SessionFile.decode(data)
        if loaded?.events != decoded?.events || loaded?.metadata != decoded?.metadata {
            fatalError("the streamed and the whole-file reading disagree")
        }
    }
    if let file = try? SessionFile.decode(data) {
        let history = SessionHistory(replaying: file.events)
        _ = ReplayController.dump(events: file.events, at: history.events.count / 2, width: 80, height: 24, language: .nl)
        _ = ReplayController.dump(events: file.events, at: history.events.count, width: 120, height: 40, language: .en)
    }
    return 0
}

// SwiftPM links an executable's entry point as fuzz_session_main; hand it to libFuzzer's driver.
@_silgen_name("LLVMFuzzerRunDriver")
func runDriver(_ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
               _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt) -> CInt

@_cdecl("fuzz_session_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return runDriver(&count, &arguments, fuzzSession)
}
