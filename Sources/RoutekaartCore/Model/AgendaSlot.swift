/// One item of the agenda: a wegwijzer and the minutes planned for it.
public struct AgendaSlot: Hashable, Sendable, Codable {
    public var wegwijzer: Int
    public var minutes: Int

    public init(wegwijzer: Int, minutes: Int) {
        self.wegwijzer = wegwijzer
        self.minutes = minutes
    }
}
