/// The four steering principles of the NSOB quadrant model.
public enum Quadrant: String, CaseIterable, Sendable, Codable {
    case presterend
    case netwerkend
    case rechtmatig
    case responsief
}

/// Where a quadrant sits in the 2×2 chart.
public struct QuadrantPlacement: Hashable, Sendable {
    /// 0 = left (inside out), 1 = right (outside in).
    public let column: Int
    /// 0 = top (results), 1 = bottom (values).
    public let row: Int
}

/// A quadrant's texts and placement, as data.
public struct QuadrantInfo: Hashable, Sendable {
    public let quadrant: Quadrant
    public let name: LocalizedText
    /// A single letter that tells quadrants apart without colour.
    public let letter: Character
    public let placement: QuadrantPlacement
    public let coreValue: LocalizedText
    public let steering: LocalizedText
    /// The question this quadrant asks when another one was chosen ("borg en verbind").
    public let coreQuestion: LocalizedText
}
