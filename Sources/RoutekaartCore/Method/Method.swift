/// The method of *Werkende samenwerking* as data: route points, wegwijzers, quadrants,
/// weefsel indicators and helix groups, with their texts in Dutch and English.
/// Every screen and exporter reads the method from here.
public enum Method {
    public static let routePoints: [RoutePoint] = [
        RoutePoint(
            id: "I",
            title: .init(nl: "Definieer het vraagstuk", en: "Define the issue"),
            summary: .init(
                nl: "Feiten naast beelden, samen een aantrekkelijke agenda, en op tijd herijken.",
                en: "Facts beside assumptions, an attractive agenda together, revisited in time.")),
        RoutePoint(
            id: "II",
            title: .init(nl: "Bepaal in welk netwerk de opgave speelt", en: "Find the network of the challenge"),
            summary: .init(
                nl: "Wie doet mee, welke relaties zijn er of ontbreken, en wat is de rol van de gemeente?",
                en: "Who takes part, which relations exist or are missing, and what is the municipality's role?")),
        RoutePoint(
            id: "III",
            title: .init(nl: "Kies het perspectief", en: "Choose the perspective"),
            summary: .init(
                nl: "Kies met het kwadrantenmodel de sturing die deze opgave de beste kans geeft.",
                en: "Use the quadrant model to pick the steering that gives this challenge its best chance.")),
        RoutePoint(
            id: "IV",
            title: .init(nl: "Investeer in gedeeld denken", en: "Invest in shared thinking"),
            summary: .init(
                nl: "Kijk naar structuur, personen en weefsel: samen bepalen ze of het werkt.",
                en: "Look at structure, persons and weefsel: together they decide whether it works.")),
        RoutePoint(
            id: "V",
            title: .init(nl: "Borg en verbind", en: "Secure and connect"),
            summary: .init(
                nl: "Verbind de gekozen nadruk weer met de waarden van de andere kwadranten.",
                en: "Connect the chosen emphasis back to the values of the other quadrants.")),
    ]

    public static let wegwijzers: [Wegwijzer] = [
        Wegwijzer(
            number: 1,
            title: .init(nl: "Laat de feiten spreken", en: "Let the facts speak"),
            routePoint: "I",
            guidance: .init(
                nl: "Zet het beeld dat de groep van de opgave heeft naast de cijfers. Veel gegevens liggen buiten het gemeentehuis, bij UWV of het regionale werkbedrijf. Noteer bron en datum en deel de feiten met alle partners.",
                en: "Hold the group's picture of the challenge against the figures. Much of the data lives outside the town hall, with UWV or the regional werkbedrijf. Record source and date and share the facts with every partner."),
            questions: [
                .init(nl: "Welke cijfers vertellen het meest over deze opgave?",
                      en: "Which figures say most about this challenge?"),
                .init(nl: "Waar wijken de cijfers af van wat we dachten?",
                      en: "Where do the figures differ from what we assumed?"),
                .init(nl: "Wie heeft de actuele gegevens, en hoe delen we ze?",
                      en: "Who holds current data, and how do we share it?"),
            ]),
        Wegwijzer(
            number: 2,
            title: .init(nl: "Definieer samen de opgave", en: "Define the challenge together"),
            routePoint: "I",
            guidance: .init(
                nl: "Bepaal probleem en oplossing niet eerst binnen het gemeentehuis. Laat elke partij haar eigen belang noemen en zoek de overlap waar iedereen energie van krijgt. Spreek af wanneer jullie de agenda opnieuw bekijken.",
                en: "Do not settle problem and solution inside the town hall first. Let each party name its own interest and look for the overlap that gives everyone energy. Agree when you will look at the agenda again."),
            questions: [
                .init(nl: "Wat is voor ieder van jullie het eigen belang?",
                      en: "What is each party's own interest?"),
                .init(nl: "Welke gezamenlijke opgave motiveert alle partijen?",
                      en: "Which shared challenge motivates every party?"),
                .init(nl: "Wanneer herijken we de opgave en de agenda?",
                      en: "When do we re-calibrate the challenge and the agenda?"),
            ]),
        Wegwijzer(
            number: 3,
            title: .init(nl: "Denk domeinoverschrijdend", en: "Think across domains"),
            routePoint: "I",
            guidance: .init(
                nl: "Een arbeidsmarktopgave raakt economie, werk en inkomen en onderwijs, vaak verdeeld over portefeuilles, afdelingen en regionale netwerken. Wie buiten wil samenwerken, moet binnen ook samenwerken.",
                en: "A labour-market challenge touches the economy, work and income, and education, often split over portfolios, departments and regional networks. Working together outside starts with working together inside."),
            questions: [
                .init(nl: "Welke beleidsdomeinen raakt deze opgave?",
                      en: "Which policy domains does this challenge touch?"),
                .init(nl: "Wie is eigenaar van elk domein, bestuurlijk en ambtelijk?",
                      en: "Who holds each domain, politically and in the organisation?"),
                .init(nl: "Waar ontbreekt de verbinding tussen de domeinen?",
                      en: "Where is the link between the domains missing?"),
            ]),
        Wegwijzer(
            number: 4,
            title: .init(nl: "Ken het netwerk", en: "Know the network"),
            routePoint: "II",
            guidance: .init(
                nl: "De gemeente is één speler tussen vele. Breng de partijen in beeld met hun positie, belangen en kracht, en zoek ze ook buiten de vergaderingen op. Een netwerkopstelling maakt zichtbaar wie dichtbij staat en wie ontbreekt.",
                en: "The municipality is one player among many. Map the parties with their position, interests and strengths, and meet them outside formal meetings too. A network constellation shows who stands close and who is missing."),
            questions: [
                .init(nl: "Welke partijen zijn nodig voor deze opgave?",
                      en: "Which parties does this challenge need?"),
                .init(nl: "Welke relaties zijn sterk, en welke ontbreken?",
                      en: "Which relations are strong, and which are missing?"),
                .init(nl: "Wie zou eigenaar van de opgave kunnen zijn?",
                      en: "Who could own the challenge?"),
                .init(nl: "Welke rol speelt onze eigen gemeente?",
                      en: "What role does our own municipality play?"),
            ]),
        Wegwijzer(
            number: 5,
            title: .init(nl: "Kies bewust een sturingsprincipe", en: "Choose a steering principle deliberately"),
            routePoint: "III",
            guidance: .init(
                nl: "Gebruik het kwadrantenmodel. Links stuurt de overheid meer zelf; rechts gebeurt er al veel in de samenleving en maakt de overheid vooral mogelijk. Een keuze voor één nadruk roept vragen op in de andere drie: neem daar samen de tijd voor.",
                en: "Use the quadrant model. On the left government steers more itself; on the right much already happens in society and government mostly enables. Choosing one emphasis raises questions in the other three: take time for them together."),
            questions: [
                .init(nl: "Waar staat de samenwerking nu?",
                      en: "Where does the cooperation stand now?"),
                .init(nl: "Welke nadruk geeft deze opgave de beste kans?",
                      en: "Which emphasis gives this challenge its best chance?"),
                .init(nl: "Wat vraagt die keuze van de andere kwadranten?",
                      en: "What does that choice ask of the other quadrants?"),
            ]),
        Wegwijzer(
            number: 6,
            title: .init(nl: "Legitimeer wat je doet", en: "Legitimise what you do"),
            routePoint: "III",
            guidance: .init(
                nl: "Democratische legitimiteit van regionale samenwerking kent geen standaardoplossing. Maak verantwoording een gesprek in de regio en maak er expliciete afspraken over, richting de raden en richting de achterban van elke partij.",
                en: "Democratic legitimacy of regional cooperation has no standard answer. Make accountability a conversation in the region and agree on it explicitly, towards the councils and towards every party's constituency."),
            questions: [
                .init(nl: "Aan wie leggen we verantwoording af, en waarover?",
                      en: "To whom do we give account, and about what?"),
                .init(nl: "Welke vorm past bij de gekozen sturing?",
                      en: "Which form fits the chosen steering?"),
                .init(nl: "Hoe betrekken we de raden vroeg genoeg?",
                      en: "How do we involve the councils early enough?"),
            ]),
        Wegwijzer(
            number: 7,
            title: .init(nl: "Breng in kaart wat er is", en: "Map what is already there"),
            routePoint: "IV",
            guidance: .init(
                nl: "Geen regio is hetzelfde. Kijk naar structuur, personen en weefsel: regels en overleg, de mensen aan tafel, en het vertrouwen en de relaties daartussen. Weefsel groeit langzaam en kan ook de verkeerde kant op wijzen.",
                en: "No two regions are alike. Look at structure, persons and weefsel: rules and consultation, the people at the table, and the trust and relations between them. Weefsel grows slowly and can also point the wrong way."),
            questions: [
                .init(nl: "Welke structuren helpen, en welke zitten in de weg?",
                      en: "Which structures help, and which get in the way?"),
                .init(nl: "Zitten de juiste mensen aan tafel?",
                      en: "Are the right people at the table?"),
                .init(nl: "Hoe sterk is het vertrouwen tussen de partijen?",
                      en: "How strong is the trust between the parties?"),
            ]),
        Wegwijzer(
            number: 8,
            title: .init(nl: "Vind wat verbindt", en: "Find what connects"),
            routePoint: "IV",
            guidance: .init(
                nl: "Partijen spreken verschillende talen en werken in een ander tempo. Benoem die verschillen en het ongemak, dan worden ze gedeeld. Zoek daarna wat verbindt: eerst tussen de mensen aan tafel, dan richting hun achterban.",
                en: "Parties speak different languages and work at a different pace. Name those differences and the discomfort, so that they become shared. Then look for what connects: first among the people at the table, then towards their constituencies."),
            questions: [
                .init(nl: "Waarin verschillen we: taal, tempo, belangen, waarden?",
                      en: "Where do we differ: language, pace, interests, values?"),
                .init(nl: "Wat verbindt ons, en wat is ons gezamenlijke verhaal?",
                      en: "What connects us, and what is our shared story?"),
                .init(nl: "Welke boodschap neemt ieder mee naar de eigen achterban?",
                      en: "Which message does each take back to their constituency?"),
            ]),
        Wegwijzer(
            number: 9,
            title: .init(nl: "Reflecteer & leer", en: "Reflect & learn"),
            routePoint: "V",
            guidance: .init(
                nl: "Regionale samenwerking is ingewikkeld en gaat niet meteen goed; dat mag. Een werkende samenwerking is een lerende samenwerking, inclusief wat mislukt. Vraag ook welk leiderschap nu past: bemiddelend, boven de partijen of krachtig.",
                en: "Regional cooperation is complicated and will not work at once; that is allowed. A working cooperation is a learning one, failures included. Ask which leadership fits now: mediating, above the parties, or strong."),
            questions: [
                .init(nl: "Wat ging goed, en wat niet?",
                      en: "What went well, and what did not?"),
                .init(nl: "Wat leren we daarvan voor de volgende stap?",
                      en: "What do we learn from it for the next step?"),
                .init(nl: "Welk leiderschap heeft de samenwerking nu nodig?",
                      en: "Which leadership does the cooperation need now?"),
            ]),
        Wegwijzer(
            number: 10,
            title: .init(nl: "Geef het voorbeeld", en: "Set the example"),
            routePoint: "V",
            guidance: .init(
                nl: "De gemeente is zelf ook werkgever. Doe wat je van anderen vraagt: kijk naar de eigen personeelsopbouw, bied stages en werkplekken, en maak ruimte voor mensen met een afstand tot de arbeidsmarkt.",
                en: "The municipality is an employer too. Do what you ask of others: look at your own workforce, offer placements and jobs, and make room for people at a distance from the labour market."),
            questions: [
                .init(nl: "Wat doet onze eigen organisatie al?",
                      en: "What does our own organisation already do?"),
                .init(nl: "Welke toezegging doet ieder vandaag: wie, wat, wanneer?",
                      en: "Which commitment does each make today: who, what, by when?"),
            ]),
    ]

    public static let quadrants: [QuadrantInfo] = [
        QuadrantInfo(
            quadrant: .presterend,
            name: .init(nl: "Presterende overheid", en: "Performing government"),
            letter: "P",
            placement: .init(column: 0, row: 0),
            coreValue: .init(nl: "doelmatigheid en doeltreffendheid", en: "efficiency and effectiveness"),
            steering: .init(nl: "resultaten en werkprocessen beschrijven; de overheid als opdrachtgever",
                            en: "describing results and work processes; government as client"),
            coreQuestion: .init(nl: "Welke resultaten meten we, en wie levert ze?",
                                en: "Which results do we measure, and who delivers them?")),
        QuadrantInfo(
            quadrant: .netwerkend,
            name: .init(nl: "Netwerkende overheid", en: "Networking government"),
            letter: "N",
            placement: .init(column: 1, row: 0),
            coreValue: .init(nl: "verbinding", en: "connection"),
            steering: .init(nl: "naar buiten gaan, aansluiten bij wat er gebeurt, partners deel van de oplossing maken",
                            en: "going outside, joining what happens, making partners part of the solution"),
            coreQuestion: .init(nl: "Wie zitten er in het netwerk, en is onze positie daarin goed?",
                                en: "Who is in the network, and is our position in it good?")),
        QuadrantInfo(
            quadrant: .rechtmatig,
            name: .init(nl: "Rechtmatige overheid", en: "Lawful government"),
            letter: "R",
            placement: .init(column: 0, row: 1),
            coreValue: .init(nl: "rechtmatigheid, rechtsgelijkheid en democratische procedure",
                             en: "lawfulness, equality before the law and democratic procedure"),
            steering: .init(nl: "wetten, regels en hiërarchie", en: "laws, rules and hierarchy"),
            coreQuestion: .init(nl: "Hoe leggen we verantwoording af, en aan wie?",
                                en: "How do we give account, and to whom?")),
        QuadrantInfo(
            quadrant: .responsief,
            name: .init(nl: "Responsieve overheid", en: "Responsive government"),
            letter: "S",
            placement: .init(column: 1, row: 1),
            coreValue: .init(nl: "publieke waarde uit initiatieven van de samenleving",
                             en: "public value from society's own initiatives"),
            steering: .init(nl: "faciliteren, bescheiden zijn, initiatieven van inwoners, werkgevers en scholen volgen",
                            en: "facilitating, staying modest, following initiatives of citizens, employers and schools"),
            coreQuestion: .init(nl: "Welke initiatieven zijn er al, en hoe geven we ze ruimte?",
                                en: "Which initiatives are already there, and how do we make room for them?")),
    ]

    public static let weefselElements: [(element: WeefselElement, name: LocalizedText)] = [
        (.structuur, .init(nl: "Structuur", en: "Structure")),
        (.personen, .init(nl: "Personen", en: "Persons")),
        (.weefsel, .init(nl: "Weefsel", en: "Weefsel (social fabric)")),
    ]

    public static let weefselIndicators: [WeefselIndicator] = [
        .init(id: "structuur.regels", element: .structuur, name: .init(nl: "Regels en procedures", en: "Rules and procedures")),
        .init(id: "structuur.overleg", element: .structuur, name: .init(nl: "Overlegstructuren", en: "Consultation structures")),
        .init(id: "structuur.financieel", element: .structuur, name: .init(nl: "Financiële structuren", en: "Financial structures")),
        .init(id: "structuur.afspraken", element: .structuur, name: .init(nl: "Afspraken en arrangementen", en: "Agreements and arrangements")),
        .init(id: "personen.leiderschap", element: .personen, name: .init(nl: "Leiderschap", en: "Leadership")),
        .init(id: "personen.bruggenbouwers", element: .personen, name: .init(nl: "Vaardigheden, zoals bruggen bouwen", en: "Skills such as building bridges")),
        .init(id: "personen.aantafel", element: .personen, name: .init(nl: "De juiste mensen aan tafel", en: "The right people at the table")),
        .init(id: "personen.investeren", element: .personen, name: .init(nl: "Bereid om in elkaar te investeren", en: "Willing to invest in each other")),
        .init(id: "weefsel.vertrouwen", element: .weefsel, name: .init(nl: "Vertrouwen", en: "Trust")),
        .init(id: "weefsel.solidariteit", element: .weefsel, name: .init(nl: "Solidariteit", en: "Solidarity")),
        .init(id: "weefsel.relaties", element: .weefsel, name: .init(nl: "Onderlinge relaties", en: "Mutual relations")),
        .init(id: "weefsel.gunnen", element: .weefsel, name: .init(nl: "Elkaar iets gunnen", en: "Granting each other something")),
        .init(id: "weefsel.intenties", element: .weefsel, name: .init(nl: "Oprechte intenties", en: "Sincere intentions")),
        .init(id: "weefsel.afhankelijkheid", element: .weefsel, name: .init(nl: "Wederzijdse afhankelijkheid", en: "Mutual dependence")),
    ]

    public static let helixGroups: [(group: HelixGroup, name: LocalizedText)] = [
        (.government, .init(nl: "overheid", en: "government")),
        (.business, .init(nl: "ondernemers", en: "business")),
        (.education, .init(nl: "onderwijs", en: "education")),
        (.citizens, .init(nl: "burgers", en: "citizens")),
        (.civilSociety, .init(nl: "maatschappelijk", en: "civil society")),
        (.other, .init(nl: "anders", en: "other")),
    ]

    public static let statuses: [(status: WegwijzerStatus, name: LocalizedText)] = [
        (.notVisited, .init(nl: "niet bezocht", en: "not visited")),
        (.inProgress, .init(nl: "bezig", en: "in progress")),
        (.done, .init(nl: "klaar", en: "done")),
        (.skipped, .init(nl: "overgeslagen", en: "skipped")),
    ]

    /// The wegwijzer with `number`, if it is 1 … 10.
    public static func wegwijzer(_ number: Int) -> Wegwijzer? {
        wegwijzers.first { $0.number == number }
    }

    /// The route point with `id`.
    public static func routePoint(_ id: String) -> RoutePoint? {
        routePoints.first { $0.id == id }
    }

    /// The wegwijzers grouped under `routePoint`, in number order.
    public static func wegwijzers(under routePoint: String) -> [Wegwijzer] {
        wegwijzers.filter { $0.routePoint == routePoint }
    }

    public static func name(_ element: WeefselElement) -> LocalizedText {
        weefselElements.first { $0.element == element }!.name
    }

    /// The indicators of `element`, in order.
    public static func indicators(of element: WeefselElement) -> [WeefselIndicator] {
        weefselIndicators.filter { $0.element == element }
    }

    public static func info(_ quadrant: Quadrant) -> QuadrantInfo {
        quadrants.first { $0.quadrant == quadrant }!
    }

    public static func name(_ group: HelixGroup) -> LocalizedText {
        helixGroups.first { $0.group == group }!.name
    }

    public static func name(_ status: WegwijzerStatus) -> LocalizedText {
        statuses.first { $0.status == status }!.name
    }
}
