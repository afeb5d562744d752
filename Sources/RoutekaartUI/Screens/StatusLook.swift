import RoutekaartCore

/// How a wegwijzer status shows: a symbol and a style, always with its word beside it.
enum StatusLook {
    static func symbol(_ status: WegwijzerStatus) -> String {
        switch status {
        case .notVisited: "○"
        case .inProgress: "◐"
        case .done: "✓"
        case .skipped: "»"
        }
    }

    static func style(_ status: WegwijzerStatus) -> StyleRole {
        switch status {
        case .notVisited: .muted
        case .inProgress: .busy
        case .done: .done
        case .skipped: .skipped
        }
    }

    static func label(_ status: WegwijzerStatus, _ language: Language) -> String {
        symbol(status) + " " + Method.name(status)(language)
    }
}
