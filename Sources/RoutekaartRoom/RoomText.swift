import RoutekaartCore

/// The room's texts, in Dutch and English; the session's language chooses.
enum RoomText {
    private static func t(_ nl: String, _ en: String) -> LocalizedText { LocalizedText(nl: nl, en: en) }
    static let title = t("routekaart — de zaal stemt mee", "routekaart — the room votes")
    static let codeLabel = t("Zaalcode (6 cijfers, op het scherm)", "Room code (6 digits, on the screen)")
    static let enter = t("Naar binnen", "Join")
    static let privacy = t("Alles blijft op de laptop van de begeleider in deze zaal: geen account, geen cloud.",
                           "Everything stays on the facilitator's laptop in this room: no account, no cloud.")
    static let whoAreYou = t("Wie ben je?", "Who are you?")
    static let noNamesFree = t("Alle namen zijn al gekozen.", "All names have been chosen.")
    static let notOnTheList = t("Sta je er niet bij?", "Not on the list?")
    static let name = t("Naam", "Name")
    static let organisation = t("Organisatie", "Organisation")
    static let helix = t("Helixgroep", "Helix group")
    static let addMe = t("Zet mij erbij", "Add me")
    static let waiting = t("Nog even geduld: de begeleider opent zo de volgende vraag.", "Please wait: the facilitator will open the next question.")
    static let refresh = t("Vernieuwen", "Refresh")
    static let votingAs = t("Je stemt als", "You vote as")
    static let tooManyStreams = t("Er staan te veel pagina's van de zaal open op deze telefoon, of in de zaal. Sluit een tabblad en vernieuw.",
                                  "Too many of the room's pages are open on this phone, or in the room. Close a tab and refresh.")
    static let received = t("Ontvangen. Dank je wel!", "Received. Thank you!")
    /// An answer the laptop holds in memory but could not write yet: never "received".
    static let notSavedYet = t("Nog niet bewaard: de laptop kan nu niet opslaan. Je antwoord staat klaar en wordt bewaard zodra dat weer lukt; deze pagina zegt het dan.",
                               "Not saved yet: the laptop cannot save right now. Your answer is held and will be saved as soon as it can; this page will say so.")
    static let resultFollows = t("De uitslag volgt op het grote scherm.", "The result follows on the big screen.")
    static let change = t("Toch anders?", "Change your vote?")
    static let resultSoFar = t("Uitslag tot nu toe", "Result so far")
    static let empty = t("leeg", "empty")
    static let resultFromFive = t("De uitslag verschijnt hier vanaf %1 antwoorden.", "The result shows here from %1 answers on.")
    static let dotsGiven = t("%1 van %2 stippen gegeven", "%1 of %2 dots given")
    static let send = t("Versturen", "Send")

    // Refusals: every bad request gets one of these and changes nothing.
    static let wrongCode = t("Die code klopt niet. Kijk op het grote scherm.", "That code is not right. Look at the big screen.")
    static let tooManyTries = t("Te vaak een verkeerde code. Probeer het over een minuut opnieuw.", "Too many wrong codes. Try again in a minute.")
    static let notJoined = t("Voer eerst de zaalcode in.", "Enter the room code first.")
    static let chooseName = t("Kies eerst je naam.", "Choose your name first.")
    static let nameTaken = t("Die naam is al gekozen op een ander toestel. Vraag de begeleider om hem vrij te geven.",
                             "That name was chosen on another device. Ask the facilitator to release it.")
    static let unknownParticipant = t("Die naam staat niet (meer) op de lijst.", "That name is not (or no longer) on the list.")
    static let alreadyVoted = t("Dit toestel heeft in deze anonieme ronde al gestemd.", "This device has already voted in this anonymous round.")
    static let badForm = t("Dit formulier is niet goed ingevuld.", "This form was not filled in correctly.")
    static let tooLarge = t("Dit verzoek is te groot.", "This request is too large.")
    static let crossSite = t("Dit formulier komt niet van deze zaal.", "This form does not come from this room.")
    static let notFound = t("Deze pagina bestaat niet.", "This page does not exist.")
    static let tooManyJoins = t("Vanaf dit toestel is al vaak de zaal binnengekomen. Probeer het over een minuut opnieuw.", "This device has joined the room many times already. Try again in a minute.")
    static let tooManyAdded = t("Vanaf dit toestel zijn al genoeg namen toegevoegd. Vraag de begeleider, of probeer het over een minuut opnieuw.", "Enough names were added from this device already. Ask the facilitator, or try again in a minute.")
    static let votedAs = t("Je hebt deze vraag al beantwoord als %1; na de volgende vraag kun je een andere naam kiezen.", "You answered this question as %1 already; after the next question you may choose another name.")
    static let foreignHost = t("Dit adres hoort niet bij deze zaal.", "This address does not belong to this room.")
    static let notSaved = t("De laptop kon dit niet opslaan; probeer het zo opnieuw.", "The laptop could not save this; try again shortly.")
}
