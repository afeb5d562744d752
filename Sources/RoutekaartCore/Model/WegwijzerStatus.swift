/// How far the room is with a wegwijzer.
public enum WegwijzerStatus: String, CaseIterable, Sendable, Codable {
    case nietBezocht = "niet-bezocht"
    case bezig
    case klaar
    case overgeslagen
}
