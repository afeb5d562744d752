/// A row of dots for a count of dots or votes: one ● per dot while the largest count of
/// the list fits in `width`; otherwise scaled to the largest, a lone · for a count that
/// scales to nothing. The exact count is always drawn beside it by the caller.
public enum DotBar {
    public static func bar(_ count: Int, largest: Int, width: Int) -> String {
        guard count > 0, width > 0 else { return "" }
        if max(count, largest) <= width { return String(repeating: "●", count: count) }
        let scaled = count * width / max(count, largest)
        return scaled == 0 ? "·" : String(repeating: "●", count: scaled)
    }
}
