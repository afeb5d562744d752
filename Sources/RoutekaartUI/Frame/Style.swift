/// What a cell means on screen. Themes turn roles into colours or, in monochrome,
/// into bold, reverse and underline, so meaning never rests on colour alone.
public enum StyleRole: UInt8, CaseIterable, Sendable {
    case normal
    case muted
    case title
    case heading
    case accent
    case selected
    case statusBar
    case keyBar
    case keyName
    case border
    case input
    case done
    case busy
    case skipped
    case warning
    case error
    case overlay
    /// A QR code: dark modules on light, whatever the terminal's colours.
    case qrCode
}
