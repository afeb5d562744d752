import Foundation
import PropertyBased
import Testing
@testable import RoutekaartCore

/// The streaming reader gives the same file as the careful whole-file decoder, whatever
/// the pieces the bytes arrive in, and gives up on anything unusual.
@Suite struct SessionFileReaderTests {
    /// Hands `data` over `piece` bytes at a time.
    func pieces(_ data: Data, _ piece: Int) -> SessionFileReader.Source {
        var offset = 0
        return { buffer in
            let end = min(data.count, offset + piece)
            buffer = [UInt8](data[offset..<end])
            offset = end
            return buffer.count
        }
    }

    @Test func streamedInAnyPiecesItEqualsTheWholeFileDecode() async {
        await propertyCheck(count: 100, input: Program.numbers, Gen.int(in: 1...97)) { numbers, piece in
            let file = SessionFile(history: Program.run(numbers), created: t0)
            let data = try! file.encoded()
            #expect(SessionFileReader.read(pieces(data, piece)) == file)
        }
    }

    @Test func compactJSONWithTheEventsFirstReadsTheSame() throws {
        let file = SessionFile(history: Program.run(Array(0..<40).map { $0 * 37 }), created: t0)
        let meta = String(decoding: try JSONEncoder().encode(file.metadata), as: UTF8.self)
        let events = String(decoding: try JSONEncoder().encode(file.events), as: UTF8.self)
        let compact = "{\"events\":\(events),\"metadata\":\(meta),\"schemaVersion\":1,\"format\":\"routekaart-session\"}"
        #expect(SessionFileReader.read(pieces(Data(compact.utf8), 5)) == file)
        #expect(try SessionFile.decode(Data(compact.utf8)) == file)
    }

    @Test func moreEventsThanABatch() throws {
        var h = SessionHistory()
        h.record(RecordedEvent(seq: 1, at: t0, event: .sessionStarted(demoDetails, scenario: nil)))
        for i in 0..<(2 * SessionFileReader.batchSize + 3) {
            h.record(RecordedEvent(seq: h.nextSeq, at: at(i), event: .notesEdited(wegwijzer: i % 10 + 1, text: "notitie \(i)")))
        }
        let file = SessionFile(history: h, created: t0)
        #expect(SessionFileReader.read(pieces(try file.encoded(), 4096))?.events.count == 2 * SessionFileReader.batchSize + 4)
    }

    /// From a file on disk, as `SessionLoader` reads it: the file's end is the end of the
    /// stream, not an error (small files, and files larger than a piece).
    @Test func aSessionFileOnDiskStreams() throws {
        let folder = try temporaryFolder()
        for (name, count) in [("small", 3), ("large", 3 * SessionFileReader.batchSize)] {
            var h = SessionHistory()
            h.record(RecordedEvent(seq: 1, at: t0, event: .sessionStarted(demoDetails, scenario: nil)))
            for i in 1..<count {
                h.record(RecordedEvent(seq: h.nextSeq, at: at(i), event: .notesEdited(wegwijzer: i % 10 + 1, text: "wat de zaal zei \(i)")))
            }
            let file = SessionFile(history: h, created: t0)
            let path = folder + "/\(name).json"
            try file.encoded().write(to: URL(fileURLWithPath: path))
            #expect(SessionFileReader.read(path: path, chunkBytes: 4096) == file, "\(name)")
            #expect(SessionFileReader.read(path: path) == file, "\(name)")
        }
    }

    @Test func anythingUnusualIsLeftToTheCarefulReader() throws {
        let file = SessionFile(history: Program.run([1, 2, 9, 21]), created: t0)
        let good = String(decoding: try file.encoded(), as: UTF8.self)
        let unusual = [
            good.replacingOccurrences(of: "\"events\"", with: "\"ev\\u0065nts\""),            // an escaped key
            good.replacingOccurrences(of: "\"format\"", with: "\"events\" : [], \"format\""),  // the key twice
            good + " x",                                                                        // bytes after the end
            String(good.dropLast(40)),                                                          // cut off
            good.replacingOccurrences(of: "\"events\" : [", with: "\"events\" : [ 7,"),       // not an object
            good.replacingOccurrences(of: "\"seq\" : 2", with: "\"seq\" : 5"),               // a gap in the numbers
            good.replacingOccurrences(of: "routekaart-session", with: "iets-anders"),
            good.replacingOccurrences(of: "\"schemaVersion\" : 1", with: "\"schemaVersion\" : 2"),
            "", "[]", "{}",
        ]
        for text in unusual {
            #expect(text != good)
            #expect(SessionFileReader.read(pieces(Data(text.utf8), 3)) == nil, "\(text.prefix(60))")
        }
        // A read error halfway gives up too.
        var calls = 0
        #expect(SessionFileReader.read { buffer in
            calls += 1
            buffer = calls == 1 ? [UInt8](good.utf8.prefix(100)) : []
            return calls == 1 ? buffer.count : -1
        } == nil)
    }

    @Test func theLoaderStillSaysPreciselyWhatIsWrong() throws {
        let folder = try temporaryFolder()
        let path = folder + "/s.json"
        let file = SessionFile(history: Program.run([1, 2, 9]), created: t0)
        let text = String(decoding: try file.encoded(), as: UTF8.self).replacingOccurrences(of: "\"seq\" : 2", with: "\"seq\" : 5")
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: SessionFileError.invalid(detail: "event 2 has sequence number 5")) { try SessionLoader.load(path) }
        try Data(try file.encoded()).write(to: URL(fileURLWithPath: path))
        #expect(try SessionLoader.load(path).events == file.events)
    }
}
