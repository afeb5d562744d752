import Foundation

/// The journal line format: one compact JSON object per event, with a CRC-32 of the
/// event's own bytes as its last field: `{…,"seq":7,"type":"…","crc":"1a2b3c4d"}`.
public enum JournalLine {
    private static let suffixLength = 18  // ,"crc":"xxxxxxxx"}

    public static func encode(_ event: RecordedEvent) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var bytes = try encoder.encode(event)
        let crc = CRC32.hex(CRC32.checksum(bytes))
        bytes.removeLast()  // the closing brace
        bytes.append(contentsOf: Array(",\"crc\":\"\(crc)\"}\n".utf8))
        return bytes
    }

    /// The event on one line (without its newline), or nil if the line is torn or damaged.
    public static func decode<C: Collection>(_ line: C) -> RecordedEvent? where C.Element == UInt8 {
        let bytes = Array(line)
        guard bytes.count > suffixLength + 2 else { return nil }
        let split = bytes.count - suffixLength
        let suffix = bytes[split...]
        guard suffix.starts(with: Array(",\"crc\":\"".utf8)), bytes.last == UInt8(ascii: "}"),
              let expected = UInt32(String(decoding: bytes[(split + 8)..<(split + 16)], as: UTF8.self), radix: 16)
        else { return nil }
        var body = Array(bytes[..<split])
        body.append(UInt8(ascii: "}"))
        guard CRC32.checksum(body) == expected else { return nil }
        return try? JSONDecoder().decode(RecordedEvent.self, from: Data(body))
    }
}

/// What reading a journal found.
public enum JournalCondition: Equatable, Sendable {
    case clean
    /// The last line was cut off in a crash; `bytes` of it could not be used.
    case tornTail(offset: Int, bytes: Data)
    /// A bad line with good lines after it: the session opens read-only.
    case damaged(line: Int)
}

/// Reads the journal lines that follow a snapshot.
public enum JournalReader {
    /// The events in `data` that continue after `lastSeq`, and the journal's condition.
    public static func read(_ data: Data, after lastSeq: Int) -> (events: [RecordedEvent], condition: JournalCondition) {
        var events: [RecordedEvent] = []
        var expected = lastSeq + 1
        var lineStart = data.startIndex
        var lineNumber = 0
        // Where the last byte that is not a line break is: a line after which only breaks
        // follow is the last one. Found once, so that blank lines cost one pass, not one each.
        let lastContent = data.lastIndex { $0 != UInt8(ascii: "\n") }
        while lineStart < data.endIndex {
            lineNumber += 1
            let newline = data[lineStart...].firstIndex(of: UInt8(ascii: "\n"))
            let lineEnd = newline ?? data.endIndex
            let next = newline.map { data.index(after: $0) } ?? data.endIndex
            let line = data[lineStart..<lineEnd]
            if line.isEmpty {
                lineStart = next
                continue
            }
            let isLast = lastContent.map { next > $0 } ?? true
            guard newline != nil, let event = JournalLine.decode(line) else {
                if isLast {
                    return (events, .tornTail(offset: lineStart - data.startIndex, bytes: Data(data[lineStart...])))
                }
                return (events, .damaged(line: lineNumber))
            }
            if event.seq < expected && events.isEmpty {
                // Already folded into the snapshot before the journal was emptied.
                lineStart = next
                continue
            }
            guard event.seq == expected else { return (events, .damaged(line: lineNumber)) }
            events.append(event)
            expected += 1
            lineStart = next
        }
        return (events, .clean)
    }
}
