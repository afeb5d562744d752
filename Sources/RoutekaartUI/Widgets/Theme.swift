/// A colour a theme can name; the terminal maps it to the nearest it has.
public enum ThemeColor: Sendable, Hashable {
    case `default`, black, red, green, yellow, blue, magenta, cyan, white
}

/// How one role is drawn.
public struct RoleLook: Sendable, Hashable {
    public var foreground: ThemeColor
    public var background: ThemeColor
    public var bold = false
    public var reverse = false
    public var underline = false
    public var dim = false
}

/// Colours and attributes per style role.
public struct Theme: Sendable {
    public let name: String
    public let usesColor: Bool
    private let looks: [StyleRole: RoleLook]

    public func look(_ role: StyleRole) -> RoleLook {
        looks[role] ?? RoleLook(foreground: .default, background: .default)
    }

    public static func named(_ name: String) -> Theme? {
        switch name {
        case "default": standard
        case "projector": projector
        case "mono": mono
        default: nil
        }
    }

    /// For a normal screen.
    public static let standard = Theme(name: "default", usesColor: true, looks: [
        .normal: .init(foreground: .default, background: .default),
        .muted: .init(foreground: .default, background: .default, dim: true),
        .title: .init(foreground: .cyan, background: .default, bold: true),
        .heading: .init(foreground: .yellow, background: .default, bold: true),
        .accent: .init(foreground: .cyan, background: .default),
        .selected: .init(foreground: .black, background: .cyan, bold: true),
        .statusBar: .init(foreground: .white, background: .blue, bold: true),
        .keyBar: .init(foreground: .default, background: .default),
        .keyName: .init(foreground: .black, background: .white, bold: true),
        .border: .init(foreground: .blue, background: .default),
        .input: .init(foreground: .default, background: .default, underline: true),
        .done: .init(foreground: .green, background: .default, bold: true),
        .busy: .init(foreground: .yellow, background: .default, bold: true),
        .skipped: .init(foreground: .default, background: .default, dim: true),
        .warning: .init(foreground: .black, background: .yellow, bold: true),
        .error: .init(foreground: .white, background: .red, bold: true),
        .overlay: .init(foreground: .default, background: .default),
        .qrCode: .init(foreground: .black, background: .white),
    ])

    /// High contrast for a washed-out projector: white on black, bold structure.
    public static let projector = Theme(name: "projector", usesColor: true, looks: [
        .normal: .init(foreground: .white, background: .black),
        .muted: .init(foreground: .white, background: .black),
        .title: .init(foreground: .yellow, background: .black, bold: true),
        .heading: .init(foreground: .yellow, background: .black, bold: true, underline: true),
        .accent: .init(foreground: .cyan, background: .black, bold: true),
        .selected: .init(foreground: .black, background: .yellow, bold: true),
        .statusBar: .init(foreground: .black, background: .white, bold: true),
        .keyBar: .init(foreground: .white, background: .black, bold: true),
        .keyName: .init(foreground: .black, background: .yellow, bold: true),
        .border: .init(foreground: .white, background: .black, bold: true),
        .input: .init(foreground: .white, background: .black, bold: true, underline: true),
        .done: .init(foreground: .green, background: .black, bold: true),
        .busy: .init(foreground: .yellow, background: .black, bold: true),
        .skipped: .init(foreground: .white, background: .black),
        .warning: .init(foreground: .black, background: .yellow, bold: true),
        .error: .init(foreground: .white, background: .red, bold: true),
        .overlay: .init(foreground: .white, background: .black),
        .qrCode: .init(foreground: .black, background: .white),
    ])

    /// No colour at all (NO_COLOR, or a terminal without colours): bold, reverse, underline.
    public static let mono = Theme(name: "mono", usesColor: false, looks: [
        .normal: .init(foreground: .default, background: .default),
        .muted: .init(foreground: .default, background: .default, dim: true),
        .title: .init(foreground: .default, background: .default, bold: true),
        .heading: .init(foreground: .default, background: .default, bold: true, underline: true),
        .accent: .init(foreground: .default, background: .default, bold: true),
        .selected: .init(foreground: .default, background: .default, bold: true, reverse: true),
        .statusBar: .init(foreground: .default, background: .default, reverse: true),
        .keyBar: .init(foreground: .default, background: .default),
        .keyName: .init(foreground: .default, background: .default, bold: true, reverse: true),
        .border: .init(foreground: .default, background: .default),
        .input: .init(foreground: .default, background: .default, underline: true),
        .done: .init(foreground: .default, background: .default, bold: true),
        .busy: .init(foreground: .default, background: .default, underline: true),
        .skipped: .init(foreground: .default, background: .default, dim: true),
        .warning: .init(foreground: .default, background: .default, bold: true, reverse: true),
        .error: .init(foreground: .default, background: .default, bold: true, reverse: true),
        .overlay: .init(foreground: .default, background: .default),
        .qrCode: .init(foreground: .default, background: .default, reverse: true),
    ])
}
