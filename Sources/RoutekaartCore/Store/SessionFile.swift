import Foundation

/// The session file: a format id, a schema version, metadata and the whole event log.
public struct SessionFile: Sendable, Equatable {
    public static let formatID = "routekaart-session"
    public static let schemaVersion = 1
    /// Files larger than this are refused before reading.
    public static let maximumBytes = 512 * 1024 * 1024

    public var metadata: SessionMetadata
    public var events: [RecordedEvent]

    public init(metadata: SessionMetadata, events: [RecordedEvent]) {
        self.metadata = metadata
        self.events = events
    }

    /// A file for `history`, with a summary that tools can read without folding.
    public init(history: SessionHistory, created: Timestamp) {
        let state = history.state
        metadata = SessionMetadata(
            created: created,
            lastChange: history.lastChange,
            title: state.details.title,
            region: state.details.region,
            participants: state.participants.count,
            eventCount: history.events.count)
        events = history.events
    }

    /// Pretty-printed JSON with stable key order.
    public func encoded() throws -> Data {
        var data = Data()
        try write { data.append($0) }
        return data
    }

    /// Hands the bytes of `encoded()` to `sink` a piece at a time, `batch` events per piece,
    /// so a long session is never encoded into memory all at once. The bytes are exactly
    /// what `JSONEncoder` makes of the whole file with sorted keys, pretty-printed.
    public func write(batch: Int = 512, to sink: (Data) throws -> Void) throws {
        let encoder = Self.encoder
        var out = Data("{\n  \"events\" : [\n".utf8)
        var start = 0
        while start < events.count {
            let end = min(events.count, start + batch)
            // "[\n  {…},\n  {…}\n]" → the elements, two levels deep.
            let array = try encoder.encode(Array(events[start..<end]))
            if start > 0 { out.append(contentsOf: Array(",\n".utf8)) }
            Self.append(array.dropFirst(2).dropLast(2), indentedBy: 2, to: &out)
            try sink(out)
            out = Data()
            start = end
        }
        out.append(contentsOf: Array("\n  ],\n".utf8))
        out.append(contentsOf: Array("  \"format\" : \"\(Self.formatID)\",\n  \"metadata\" : ".utf8))
        Self.append(try encoder.encode(metadata), indentedBy: 2, firstLine: false, to: &out)
        out.append(contentsOf: Array(",\n  \"schemaVersion\" : \(Self.schemaVersion)\n}".utf8))
        try sink(out)
    }

    private static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// Appends `json` with `spaces` more indentation on every line that is not empty (an
    /// empty object is "{", an empty line, "}"). JSON strings hold no raw line breaks.
    private static func append(_ json: Data, indentedBy spaces: Int, firstLine: Bool = true, to out: inout Data) {
        let pad = [UInt8](repeating: 0x20, count: spaces)
        if firstLine { out.append(contentsOf: pad) }
        var runStart = json.startIndex
        for i in json.indices where json[i] == 0x0A {
            out.append(json[runStart...i])
            if i + 1 < json.endIndex, json[i + 1] != 0x0A { out.append(contentsOf: pad) }
            runStart = i + 1
        }
        out.append(json[runStart...])
    }

    /// Decodes and checks a session file's bytes.
    public static func decode(_ data: Data) throws(SessionFileError) -> SessionFile {
        // The usual case in one pass; only a file that does not decode is looked at
        // again, to say exactly what is wrong with it.
        if let envelope = try? JSONDecoder().decode(Envelope.self, from: data), envelope.format == formatID,
           envelope.schemaVersion <= schemaVersion {
            return try checked(envelope)
        }
        let probe: Any
        do {
            probe = try JSONSerialization.jsonObject(with: data, options: [])
        } catch {
            throw data.isEmpty ? .empty : .notJSON(detail: Self.describe(error))
        }
        guard let object = probe as? [String: Any], let format = object["format"] as? String, format == formatID else {
            throw .notASession
        }
        guard let version = object["schemaVersion"] as? Int else { throw .invalid(detail: "schemaVersion is missing") }
        guard version <= schemaVersion else { throw .newerSchema(found: version, supported: schemaVersion) }
        do {
            return try checked(JSONDecoder().decode(Envelope.self, from: data))
        } catch let error as SessionFileError {
            throw error
        } catch {
            throw .invalid(detail: Self.describe(error))
        }
    }

    private static func checked(_ envelope: Envelope) throws(SessionFileError) -> SessionFile {
        for (i, e) in envelope.events.enumerated() where e.seq != i + 1 {
            throw .invalid(detail: "event \(i + 1) has sequence number \(e.seq)")
        }
        return SessionFile(metadata: envelope.metadata, events: envelope.events)
    }

    private struct Envelope: Decodable {
        var format: String
        var schemaVersion: Int
        var metadata: SessionMetadata
        var events: [RecordedEvent]
    }

    static func describe(_ error: Error) -> String {
        switch error {
        case let DecodingError.dataCorrupted(c): return c.debugDescription + path(c.codingPath)
        case let DecodingError.keyNotFound(k, c): return "missing \"\(k.stringValue)\"" + path(c.codingPath)
        case let DecodingError.typeMismatch(_, c): return "wrong type" + path(c.codingPath)
        case let DecodingError.valueNotFound(_, c): return "missing value" + path(c.codingPath)
        default:
            let text = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String
            return text ?? "\(error)"
        }
    }

    private static func path(_ keys: [CodingKey]) -> String {
        keys.isEmpty ? "" : " at " + keys.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".")
    }
}

/// A summary of the session, kept beside the log for tools that do not fold events.
public struct SessionMetadata: Codable, Sendable, Equatable {
    public var created: Timestamp
    public var lastChange: Timestamp?
    public var title: String
    public var region: String
    public var participants: Int
    public var eventCount: Int
}

/// Why a session file cannot be used, in words for the facilitator.
public enum SessionFileError: Error, Equatable, Sendable {
    case missing
    /// A folder, a device or a pipe where a session file was expected.
    case notAFile
    /// The file is there, but this user may not read it.
    case notPermitted
    case unreadable(detail: String)
    case tooLarge(bytes: Int)
    case empty
    case notJSON(detail: String)
    case notASession
    case newerSchema(found: Int, supported: Int)
    case invalid(detail: String)
    case journalDamaged(line: Int)
    case exists
    /// Another routekaart has the session open for writing: this process, if known.
    case inUse(process: Int32?)
    /// The journal beside the session file cannot be used, for this reason.
    indirect case inJournal(SessionFileError)
    /// Event `seq` carries a text longer than routekaart ever records in `field`.
    case tooLong(seq: Int, field: String, limit: Int)
    /// Event `seq` scores a weefsel indicator the method does not have.
    case unknownIndicator(seq: Int, id: String)
    /// A pipe, a device or a folder at a path beside the session that routekaart writes
    /// (the journal, the `.corrupt` file): refused, never waited on.
    case notARegularFile(path: String)
    /// Event `seq` carries a number routekaart never records in `field`.
    case outOfRange(seq: Int, field: String, value: Int, range: ClosedRange<Int>)
    /// Event `seq` names a participant as the row of an anonymous weefsel round.
    case namedRowInAnonymousRound(seq: Int, row: String)

    public func message(_ language: Language) -> String {
        switch (self, language) {
        case (.missing, .nl): "bestand bestaat niet; controleer het pad"
        case (.missing, .en): "file does not exist; check the path"
        case (.notAFile, .nl): "is geen gewoon bestand maar een map of apparaat; geef het pad van een sessiebestand (.json)"
        case (.notAFile, .en): "is not a regular file but a folder or a device; give the path of a session file (.json)"
        case (.notPermitted, .nl): "geen toestemming om het bestand te lezen; controleer de rechten (ls -l)"
        case (.notPermitted, .en): "no permission to read the file; check its permissions (ls -l)"
        case let (.unreadable(d), .nl): "kan het bestand niet lezen (\(d))"
        case let (.unreadable(d), .en): "cannot read the file (\(d))"
        case let (.tooLarge(b), .nl): "bestand is te groot (\(b) bytes); een sessie is hoogstens 512 MiB"
        case let (.tooLarge(b), .en): "file is too large (\(b) bytes); a session is at most 512 MiB"
        case (.empty, .nl): "bestand is leeg; dit is geen routekaart-sessie"
        case (.empty, .en): "file is empty; this is not a routekaart session"
        case let (.notJSON(d), .nl): "geen geldige JSON, het bestand is beschadigd of afgekapt (\(d))"
        case let (.notJSON(d), .en): "not valid JSON, the file is damaged or truncated (\(d))"
        case (.notASession, .nl): "geen routekaart-sessie (het veld \"format\" ontbreekt of klopt niet)"
        case (.notASession, .en): "not a routekaart session (the \"format\" field is missing or wrong)"
        case let (.newerSchema(f, s), .nl): "gemaakt met een nieuwere routekaart (schemaversie \(f), deze versie leest tot en met \(s)); werk routekaart bij"
        case let (.newerSchema(f, s), .en): "made by a newer routekaart (schema version \(f), this version reads up to \(s)); update routekaart"
        case let (.invalid(d), .nl): "sessiebestand klopt niet: \(d)"
        case let (.invalid(d), .en): "session file is invalid: \(d)"
        case let (.journalDamaged(l), .nl): "het journaal is beschadigd in regel \(l); de sessie is alleen-lezen geopend"
        case let (.journalDamaged(l), .en): "the journal is damaged at line \(l); the session is open read-only"
        case (.exists, .nl): "bestand bestaat al; kies een andere naam of gebruik 'routekaart open'"
        case (.exists, .en): "file exists already; choose another name or use 'routekaart open'"
        case let (.inUse(p), .nl): "de sessie is al open in een ander routekaart-venster\(p.map { " (proces \($0))" } ?? ""); hier is ze alleen-lezen geopend"
        case let (.inUse(p), .en): "the session is already open in another routekaart window\(p.map { " (process \($0))" } ?? ""); here it is open read-only"
        case let (.tooLong(seq, field, limit), .nl): "gebeurtenis \(seq): het veld \"\(field)\" is langer dan \(limit) tekens; zo'n sessie maakt routekaart niet, het bestand is bewerkt"
        case let (.tooLong(seq, field, limit), .en): "event \(seq): the field \"\(field)\" is longer than \(limit) characters; routekaart never makes such a session, the file was edited"
        case let (.unknownIndicator(seq, id), .nl): "gebeurtenis \(seq): onbekende weefselindicator \"\(id)\"; het bestand is bewerkt of komt van een andere versie"
        case let (.unknownIndicator(seq, id), .en): "event \(seq): unknown weefsel indicator \"\(id)\"; the file was edited or comes from another version"
        case let (.notARegularFile(path), .nl):
            "\(path) is geen gewoon bestand (maar een pipe, apparaat of map); haal het weg of geef het een andere naam en open de sessie opnieuw"
        case let (.notARegularFile(path), .en):
            "\(path) is not a regular file (but a pipe, a device or a folder); remove or rename it and open the session again"
        case let (.outOfRange(seq, field, value, range), .nl):
            "gebeurtenis \(seq): \(field) is \(value), maar kan alleen \(range.lowerBound) tot en met \(range.upperBound) zijn; het bestand is bewerkt of beschadigd"
        case let (.outOfRange(seq, field, value, range), .en):
            "event \(seq): \(field) is \(value), but can only be \(range.lowerBound) to \(range.upperBound); the file was edited or damaged"
        case let (.namedRowInAnonymousRound(seq, row), .nl):
            "gebeurtenis \(seq): een anonieme weefselronde met een rij \"\(row)\" die iemand noemt; het bestand is bewerkt"
        case let (.namedRowInAnonymousRound(seq, row), .en):
            "event \(seq): an anonymous weefsel round with a row \"\(row)\" that names someone; the file was edited"
        case let (.inJournal(e), .nl): "het journaal ernaast (.journal): " + e.message(.nl)
        case let (.inJournal(e), .en): "its journal (.journal): " + e.message(.en)
        }
    }
}
