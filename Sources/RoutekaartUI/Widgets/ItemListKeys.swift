import RoutekaartCore

/// The keys every list of captured items shares: ↑↓ select, `a` adds, Enter or `e` edits the
/// selected item, Del or `d` asks before removing it. `nil` for any other key, so a pane can
/// go on with its own keys.
enum ItemListKeys {
    static func handle<Item>(_ key: Key, items: [Item], selection: inout Int, add: (Item?) -> AppAction,
                             edit: (Item) -> AppAction, remove: (Item) -> RemovalTarget) -> [AppAction]? {
        let selected = min(selection, max(0, items.count - 1))
        let current = items.indices.contains(selected) ? items[selected] : nil
        switch key {
        case .up: selection = max(0, selected - 1)
        case .down: selection = min(max(0, items.count - 1), selected + 1)
        case .char("a"): return [add(current)]
        case .enter, .char("e"): return current.map { [edit($0)] } ?? []
        case .delete, .char("d"): return current.map { [.open(.confirmRemove(remove($0)))] } ?? []
        default: return nil
        }
        return []
    }

    /// After a form: the selection moves to the item that `events` added or changed, where
    /// `ids` (the list as shown, which may be sorted) has it now.
    static func follow(_ events: [RecordedEvent], ids: [String], selection: inout Int) {
        for event in events.map(\.event) {
            switch event {
            case let .itemAdded(item), let .itemEdited(item):
                if let i = ids.firstIndex(of: item.id) { selection = i }
            default: break
            }
        }
    }
}
