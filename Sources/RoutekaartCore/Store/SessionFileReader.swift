import Foundation

/// Reads a session file while it streams past in pieces, decoding the events a batch at
/// a time, so a long session is never in memory twice (as raw bytes and as events).
/// Anything out of the ordinary — an escaped key, a repeated key, a value of the wrong
/// shape, bytes after the end — makes it give up with nil; the caller then reads the
/// whole file the careful way (`SessionFile.decode`), which says exactly what is wrong.
struct SessionFileReader {
    /// Events decoded per batch.
    static let batchSize = 512

    /// Pulls the next bytes of the file into the buffer it is given; 0 at the end, -1 on an error.
    typealias Source = (inout [UInt8]) -> Int

    private var source: Source
    private var buffer: [UInt8] = []
    private var index = 0
    private var finished = false
    /// The source reported an error: whatever was read is not to be trusted.
    private init(source: @escaping Source) {
        self.source = source
    }

    /// The session file at `path`, or nil when it is not a plain, valid session file.
    static func read(path: String, chunkBytes: Int = 1 << 18) -> SessionFile? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        guard let length = try? handle.seekToEnd(), (try? handle.seek(toOffset: 0)) != nil else { return nil }
        // Pieces no larger than the file (plus a byte to see the end).
        let size = max(1, min(chunkBytes, Int(length) + 1))
        return read { buffer in
            do {
                guard let data = try handle.read(upToCount: size) else { return 0 }  // nil: the end of the file
                buffer = [UInt8](data)
                return buffer.count
            } catch {
                return -1
            }
        }
    }

    /// A session file from bytes handed over in pieces by `source`, or nil (see the type).
    static func read(_ source: @escaping Source) -> SessionFile? {
        var reader = SessionFileReader(source: source)
        return reader.file()
    }

    // MARK: Bytes

    private mutating func peek() -> UInt8? {
        while index == buffer.count {
            guard !finished else { return nil }
            var next: [UInt8] = []
            let n = source(&next)
            if n <= 0 {
                finished = true
                failed = n < 0
                return nil
            }
            buffer = next
            index = 0
        }
        return buffer[index]
    }

    private mutating func next() -> UInt8? {
        guard let b = peek() else { return nil }
        index += 1
        return b
    }

    private var failed = false

    private mutating func skipSpace() {
        while let b = peek(), b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 { index += 1 }
    }

    /// Whether the next non-space byte is `byte`; consumes it if so.
    private mutating func take(_ byte: UInt8) -> Bool {
        skipSpace()
        guard peek() == byte else { return false }
        index += 1
        return true
    }

    // MARK: JSON pieces

    /// The bytes of one complete JSON value, appended to `out`.
    private mutating func value(into out: inout [UInt8]) -> Bool {
        skipSpace()
        guard let first = next() else { return false }
        out.append(first)
        switch first {
        case UInt8(ascii: "\""):
            return stringRest(into: &out)
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            var depth = 1
            while depth > 0 {
                guard let b = next() else { return false }
                out.append(b)
                switch b {
                case UInt8(ascii: "\""): guard stringRest(into: &out) else { return false }
                case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
                case UInt8(ascii: "}"), UInt8(ascii: "]"): depth -= 1
                default: break
                }
            }
            return true
        default:
            // A number or a literal: up to the next delimiter.
            while let b = peek(), !(b == UInt8(ascii: ",") || b == UInt8(ascii: "}") || b == UInt8(ascii: "]") || b <= 0x20) {
                out.append(b)
                index += 1
            }
            return true
        }
    }

    /// The rest of a string after its opening quote, escapes kept as they are.
    private mutating func stringRest(into out: inout [UInt8]) -> Bool {
        while let b = next() {
            out.append(b)
            if b == UInt8(ascii: "\\") {
                guard let escaped = next() else { return false }
                out.append(escaped)
            } else if b == UInt8(ascii: "\"") {
                return true
            }
        }
        return false
    }

    /// A key without escapes, as text.
    private mutating func key() -> String? {
        guard take(UInt8(ascii: "\"")) else { return nil }
        var bytes: [UInt8] = []
        while let b = next() {
            if b == UInt8(ascii: "\"") { return String(decoding: bytes, as: UTF8.self) }
            if b == UInt8(ascii: "\\") { return nil }
            bytes.append(b)
        }
        return nil
    }

    // MARK: The file

    private struct Head: Decodable {
        var format: String
        var schemaVersion: Int
        var metadata: SessionMetadata
    }

    private mutating func file() -> SessionFile? {
        guard take(UInt8(ascii: "{")) else { return nil }
        var head: [UInt8] = [UInt8(ascii: "{")]
        var seen = Set<String>()
        var events: [RecordedEvent]?
        repeat {
            guard let key = key(), seen.insert(key).inserted, take(UInt8(ascii: ":")) else { return nil }
            if key == "events" {
                guard let read = eventList() else { return nil }
                events = read
            } else {
                if head.count > 1 { head.append(UInt8(ascii: ",")) }
                head += Array("\"\(key)\":".utf8)
                guard value(into: &head) else { return nil }
            }
        } while take(UInt8(ascii: ","))
        guard take(UInt8(ascii: "}")) else { return nil }
        skipSpace()
        guard peek() == nil, !failed, let events else { return nil }
        head.append(UInt8(ascii: "}"))
        guard let decoded = try? JSONDecoder().decode(Head.self, from: Data(head)),
              decoded.format == SessionFile.formatID, decoded.schemaVersion <= SessionFile.schemaVersion,
              events.enumerated().allSatisfy({ $0.element.seq == $0.offset + 1 }) else { return nil }
        return SessionFile(metadata: decoded.metadata, events: events)
    }

    /// The events array, decoded a batch at a time.
    private mutating func eventList() -> [RecordedEvent]? {
        guard take(UInt8(ascii: "[")) else { return nil }
        var events: [RecordedEvent] = []
        if take(UInt8(ascii: "]")) { return events }
        var batch: [UInt8] = [UInt8(ascii: "[")]
        var inBatch = 0
        func flush() -> Bool {
            batch.append(UInt8(ascii: "]"))
            guard let decoded = try? JSONDecoder().decode([RecordedEvent].self, from: Data(batch)) else { return false }
            events += decoded
            batch.removeAll(keepingCapacity: true)
            batch.append(UInt8(ascii: "["))
            inBatch = 0
            return true
        }
        repeat {
            skipSpace()
            guard peek() == UInt8(ascii: "{") else { return nil }
            if inBatch > 0 { batch.append(UInt8(ascii: ",")) }
            guard value(into: &batch) else { return nil }
            inBatch += 1
            if inBatch == Self.batchSize, !flush() { return nil }
        } while take(UInt8(ascii: ","))
        guard take(UInt8(ascii: "]")) else { return nil }
        if inBatch > 0, !flush() { return nil }
        return events
    }
}
