/// A round in which the room scores the weefsel indicators (wegwijzer 7).
public struct WeefselRound: Hashable, Sendable, Identifiable {
    /// "w1", "w2" …
    public let id: String
    public var setup: WeefselRoundSetup
    /// Answers per row and indicator. A row is a participant id in a named round and
    /// "r1", "r2" … in an anonymous one, so no identity is stored.
    public var answers: [WeefselCell: Int] = [:]
    public var revealed = false

    public init(id: String, setup: WeefselRoundSetup) {
        self.id = id
        self.setup = setup
    }

    public var isVisible: Bool { !setup.blind || revealed }

    /// The answers for `indicator`, in no particular order: 1 … 5, or 0 for "weet niet".
    public func answers(for indicator: String) -> [Int] {
        answers.filter { $0.key.indicator == indicator }.map(\.value)
    }
}

/// One cell of the scoring grid.
public struct WeefselCell: Hashable, Sendable, Codable {
    public var row: String
    public var indicator: String

    public init(row: String, indicator: String) {
        self.row = row
        self.indicator = indicator
    }
}

public struct WeefselRoundSetup: Hashable, Sendable, Codable {
    public var anonymous: Bool
    public var blind: Bool

    public init(anonymous: Bool = false, blind: Bool = false) {
        self.anonymous = anonymous
        self.blind = blind
    }
}

/// What the room says about one element: what goes well, what must change, who acts.
public struct ElementNotes: Hashable, Sendable, Codable {
    public var goesWell: String
    public var mustChange: String
    public var whoActs: String

    public init(goesWell: String = "", mustChange: String = "", whoActs: String = "") {
        self.goesWell = goesWell
        self.mustChange = mustChange
        self.whoActs = whoActs
    }

    public var isEmpty: Bool { goesWell.isEmpty && mustChange.isEmpty && whoActs.isEmpty }
}

/// "Weefsel wijst de verkeerde kant op": dense ties that hold the region back.
public struct WrongWayFlag: Hashable, Sendable, Codable {
    public var raised: Bool
    public var note: String

    public init(raised: Bool, note: String = "") {
        self.raised = raised
        self.note = note
    }
}

/// The answer "weet niet" (don't know) in a scoring grid.
public let dontKnowScore = 0
