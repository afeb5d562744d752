import RoutekaartCore

/// How a wegwijzer status shows: a symbol and a style, always with its word beside it.
enum StatusLook {
    static func symbol(_ status: WegwijzerStatus) -> String {
        switch status {
        case .nietBezocht: "○"
        case .bezig: "◐"
        case .klaar: "✓"
        case .overgeslagen: "»"
        }
    }

    static func style(_ status: WegwijzerStatus) -> StyleRole {
        switch status {
        case .nietBezocht: .muted
        case .bezig: .busy
        case .klaar: .done
        case .overgeslagen: .skipped
        }
    }

    static func label(_ status: WegwijzerStatus, _ language: Language) -> String {
        symbol(status) + " " + Method.name(status)(language)
    }
}
