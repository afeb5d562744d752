/// An item the room captures in a list: a fact, a domain, an actor, a commitment …
/// Each kind describes itself once — its id prefix, where it lives in the state, how it
/// is checked — and the engine and the reducer add, edit and remove every kind the same
/// way (`WorkshopCommand.addItem`, `WorkshopEvent.itemAdded` …).
public protocol CapturedItem: Codable, Hashable, Sendable, Identifiable where ID == String {
    static var kind: ItemKind { get }
    /// Ids are this letter and a number: "f1", "f2" …
    static var idPrefix: String { get }
    /// Where the items of this kind live in the state, in the order they were added.
    static var list: WritableKeyPath<WorkshopState, [Self]> { get }
    var id: String { get set }
    /// The item as it may be recorded: text cleaned; limits, required fields and references checked.
    func validated(in state: WorkshopState) throws(CommandError) -> Self
    /// The item as first recorded, being number `number` of its kind (an actor gets its place on the board).
    func placed(asNumber number: Int) -> Self
    /// The item as recorded when it replaces `current` (an actor keeps its place on the board).
    func replacing(_ current: Self) -> Self
    /// The item's texts with the limits `validated(in:)` keeps, checked again when a file is read.
    var limitedTexts: [SessionFileLimits.LimitedText] { get }
    /// The item's numbers with the ranges `validated(in:)` and the engine keep, checked again when a file is read.
    var limitedNumbers: [SessionFileLimits.LimitedNumber] { get }
    /// Whether the reducer can fold the item into `state` (a relation needs both its actors).
    func fits(_ state: WorkshopState) -> Bool
    /// Takes away what depends on the item `id` of this kind (an actor's relations, a domain's links).
    static func removeDependents(of id: String, from state: inout WorkshopState)
}

extension CapturedItem {
    public func placed(asNumber number: Int) -> Self { self }
    public func replacing(_ current: Self) -> Self { self }
    public func fits(_ state: WorkshopState) -> Bool { true }
    public var limitedNumbers: [SessionFileLimits.LimitedNumber] { [] }
    public static func removeDependents(of id: String, from state: inout WorkshopState) {}
    public static var kind: ItemKind { ItemKind.allCases.first { $0.type == Self.self }! }
}

/// The kinds of captured item; the raw value starts the names of their events in the
/// session file ("factAdded", "factEdited", "factRemoved").
public enum ItemKind: String, CaseIterable, Hashable, Sendable, Codable {
    case constituency, agreement, actor, relation, domain, interest, agendaTopic, fact, connection, reflection, commitment

    /// The Swift type that holds an item of this kind.
    public var type: any CapturedItem.Type {
        switch self {
        case .constituency: Constituency.self
        case .agreement: AccountabilityAgreement.self
        case .actor: Actor.self
        case .relation: Relation.self
        case .domain: Domain.self
        case .interest: PartyInterest.self
        case .agendaTopic: AgendaTopic.self
        case .fact: Fact.self
        case .connection: ConnectionItem.self
        case .reflection: ReflectionItem.self
        case .commitment: Commitment.self
        }
    }
}

/// A captured item of any kind, as commands and events carry it.
public struct Item: Hashable, Sendable {
    public let value: any CapturedItem

    public init(_ value: some CapturedItem) { self.value = value }

    public var kind: ItemKind { Swift.type(of: value).kind }
    public var id: String { value.id }

    /// The item, if it is of kind `I`.
    public func `as`<I: CapturedItem>(_: I.Type) -> I? { value as? I }

    public static func == (a: Item, b: Item) -> Bool { AnyHashable(a.value) == AnyHashable(b.value) }
    public func hash(into hasher: inout Hasher) { AnyHashable(value).hash(into: &hasher) }
}
