import RoutekaartCore

/// The short guided tour of the first run: five pages over the route map.
enum Tour {
    struct Page {
        let title: LocalizedText
        let text: LocalizedText
    }

    static let steps: [Page] = [
        Page(title: .init(nl: "Welkom bij routekaart", en: "Welcome to routekaart"),
             text: .init(nl: "Dit is de routekaart: tien wegwijzers onder vijf routepunten. Stap in waar je wilt; de status laat zien wat bezocht, klaar of overgeslagen is.",
                         en: "This is the route map: ten signposts under five route points. Hop on anywhere; the status shows what was visited, done or skipped.")),
        Page(title: .init(nl: "De vijf routepunten", en: "The five route points"), text: routePoints),
        Page(title: .init(nl: "Een wegwijzer openen", en: "Opening a signpost"),
             text: .init(nl: "Kies met ↑↓ en Enter, of druk het nummer (0 is wegwijzer 10). Op een wegwijzer typ je na Enter wat de zaal zegt; Esc stopt het typen. Tab gaat naar de volgende kaart van de wegwijzer.",
                         en: "Choose with ↑↓ and Enter, or press its number (0 is signpost 10). On a signpost, Enter lets you type what the room says; Esc stops typing. Tab goes to the signpost's next part.")),
        Page(title: .init(nl: "De toetsen", en: "The keys"),
             text: .init(nl: "Onderaan staan de toetsen van het scherm; ? toont ze allemaal. u maakt ongedaan, r doet opnieuw, p toont de deelnemers, P zet het scherm groot op de beamer, E exporteert.",
                         en: "The bottom line shows the keys of the screen; ? shows them all. u undoes, r redoes, p shows the participants, P puts the screen large on the projector, E exports.")),
        Page(title: .init(nl: "Alles wordt bewaard", en: "Everything is saved"),
             text: .init(nl: "Elke wijziging staat meteen op de laptop, ook als het venster sluit. q stopt; 'routekaart open' gaat later verder. Deze sessie staat in:",
                         en: "Every change is on the laptop at once, even if the window closes. q quits; 'routekaart open' carries on later. This session is in:")),
    ]

    /// The route points with their wegwijzers, from the method's data, and what "0/15 min" means.
    static var routePoints: LocalizedText {
        func list(_ language: Language) -> String {
            Method.routePoints.map { point in
                let numbers = Method.wegwijzers.filter { $0.routePoint == point.id }.map { "\($0.number)" }
                return point.id + " " + point.title(language) + " (" + numbers.joined(separator: ", ") + ")"
            }.joined(separator: " · ")
        }
        return LocalizedText(nl: list(.nl) + ". Met een agenda (A) staat bij een wegwijzer \"besteed/gepland\": 5/15 min is 5 van de geplande 15 minuten gebruikt.",
                             en: list(.en) + ". With an agenda (A), a signpost shows \"spent/planned\": 5/15 min means 5 of the planned 15 minutes used.")
    }

    static let keys = LocalizedText(nl: "Enter verder · ← terug · Esc overslaan", en: "Enter next · ← back · Esc skip")
}
