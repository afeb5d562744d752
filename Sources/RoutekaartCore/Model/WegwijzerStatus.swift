/// How far the room is with a wegwijzer.
public enum WegwijzerStatus: String, CaseIterable, Sendable, Codable {
    case notVisited = "niet-bezocht"
    case inProgress = "bezig"
    case done = "klaar"
    case skipped = "overgeslagen"
}
