import RoutekaartCore

/// Every interface text that is not part of the method, in Dutch and English.
public enum UIText {
    static func t(_ nl: String, _ en: String) -> LocalizedText { LocalizedText(nl: nl, en: en) }

    /// A whole number with its thousands marked: "100.000" in Dutch, "100,000" in English.
    static func grouped(_ number: Int, _ language: Language) -> String {
        let digits = Array(String(number.magnitude))
        let groups = stride(from: digits.count, to: 0, by: -3).map { String(digits[max(0, $0 - 3)..<$0]) }.reversed()
        return (number < 0 ? "-" : "") + groups.joined(separator: thousandsMark(language))
    }
    static let thousandsMark = t(".", ",")

    // Status bar
    static let saved = t("opgeslagen", "saved")
    static let notSaved = t("NIET OPGESLAGEN", "NOT SAVED")
    static let editing = t("bewerken…", "editing…")
    static let readOnly = t("alleen-lezen", "read-only")
    static let memoryOnly = t("niet bewaard", "not stored")
    static let overview = t("Routekaart", "Route map")
    static let participants = t("Deelnemers", "Participants")
    static let details = t("Sessiegegevens", "Session details")
    static let untitled = t("(zonder titel)", "(untitled)")
    static let demoRealSession = t("demo · echte sessie: routekaart new", "demo · real session: routekaart new")
    static let summary = t("Samenvatting", "Summary")

    // Typing votes and scores
    static let recordingVotes = t("● STEMMEN — Esc stopt", "● VOTING — Esc stops")
    static let recordingScores = t("● SCOREN — Esc stopt", "● SCORING — Esc stops")

    // The room
    static let roomTitle = t("De zaal stemt mee", "The room votes")
    static let roomStep1 = t("Verbind de telefoon met de wifi van de zaal (of de hotspot van deze laptop).", "Connect the phone to the room's Wi-Fi (or this laptop's hotspot).")
    static let roomStep2 = t("Scan de code, of open:", "Scan the code, or open:")
    static let roomCode = t("Zaalcode:", "Room code:")
    static let roomDevices = CountedText(one: t("telefoon verbonden", "phone connected"), other: t("telefoons verbonden", "phones connected"))
    static let roomLarge = t("groot op de beamer", "large on the projector")
    static let roomClose = t("zaal sluiten", "close the room")
    static let roomNewCode = t("Nieuwe zaalcode: elke telefoon voert hem opnieuw in.", "New room code: every phone enters it again.")
    static let roomStatus = t("▣ zaal %1 │ ", "▣ room %1 │ ")
    static let notesFull = t("De notitie is vol (hoogstens %1 tekens); wat verder getypt of geplakt wordt, komt er niet bij.",
                             "The note is full (at most %1 characters); what is typed or pasted beyond that is not added.")
    static let roomUnavailable = t("De zaal kan hier niet open: dit is een herhaling of er is geen sessiebestand.", "The room cannot open here: this is a replay or there is no session file.")
    static let roomClosed = t("De zaal is gesloten; telefoons stemmen niet meer mee.", "The room is closed; phones no longer vote.")
    static let roomFailed = t("De zaal kan niet open: %1", "The room cannot open: %1")
    static let released = t("%1 is vrijgegeven: een andere telefoon kan die naam nu kiezen.", "%1 is released: another phone can choose that name now.")
    static let keyRoom = t("zaal open/dicht", "room open/closed")
    static let keyRelease = t("naam vrijgeven", "release name")

    // Messages of the workshop app
    static let noEarlierSession = t("Geen eerdere sessie van %@ gevonden.", "No earlier session of %@ found.")
    static let thisRegion = t("deze regio", "this region")
    static let noScoresToCompare = t("Die sessie heeft geen scores om mee te vergelijken.", "That session has no scores to compare with.")
    static let savedIn = t("Alles is opgeslagen in ", "Everything is saved in ")
    static let saveFailed = t("Lukt niet: ", "Failed: ")
    static let exportedTo = t("Geëxporteerd naar ", "Exported to ")
    static let exportFailed = t("Exporteren mislukt: ", "Export failed: ")
    static let savingFails = t("Opslaan lukt niet. Alles blijft in het geheugen; druk S om elders op te slaan.",
                            "Saving fails. Everything stays in memory; press S to save elsewhere.")
    /// The cause goes last: on a narrow screen it is what the cut takes, not the way out.
    static let savingFailsBecause = t("Opslaan lukt niet. Alles blijft in het geheugen; druk S om elders op te slaan. Oorzaak: %1.",
                                      "Saving fails. Everything stays in memory; press S to save elsewhere. Cause: %1.")
    static let writtenAnew = LocalizedText(nl: "Let op: het sessiebestand of het journaal was weggehaald of vervangen; de hele sessie is opnieuw geschreven in %1.",
                                           en: "Note: the session file or its journal was removed or replaced; the whole session was written anew in %1.")
    static let savedAgain = t("● Weer opgeslagen: wat in het geheugen stond, staat nu op schijf.", "● Saved again: what was held in memory is on disk now.")
    static let timeUp = t("⏱ De tijd voor wegwijzer %d is om. V geeft 5 minuten erbij, T pauzeert.", "⏱ Time is up for signpost %d. V gives 5 more minutes, T pauses.")

    // Keys
    static let space = t("Spatie", "Space")
    static let enterOrYes = t("Enter/j", "Enter/y")
    static let keyChoose = t("kies", "select")
    static let keyOpen = t("open", "open")
    static let keyWegwijzer = t("wegwijzer", "signpost")
    static let keyDone = t("klaar", "done")
    static let keySkip = t("overslaan", "skip")
    static let keyParticipants = t("deelnemers", "participants")
    static let keyDetails = t("sessie", "session")
    static let keyUndo = t("ongedaan", "undo")
    static let keyRedo = t("opnieuw", "redo")
    static let keyHelp = t("help", "help")
    static let keyQuit = t("stoppen", "quit")
    static let keyBack = t("terug", "back")
    static let keyPrevNext = t("vorige/volgende", "previous/next")
    static let keyEditNotes = t("notities typen", "type notes")
    static let keyStopTyping = t("klaar met typen", "stop typing")
    static let keyCursor = t("cursor", "cursor")
    static let keyNewLine = t("nieuwe regel", "new line")
    static let keyAdd = t("toevoegen", "add")
    static let keyEdit = t("wijzigen", "edit")
    static let keyRemove = t("verwijderen", "remove")
    static let keyField = t("volgend veld", "next field")
    static let keySave = t("opslaan", "save")
    static let keyCancel = t("annuleren", "cancel")
    static let keyChoice = t("andere keuze", "change choice")
    static let keyScroll = t("scrollen", "scroll")
    static let keyClose = t("sluiten", "close")

    // Overview
    static let progress = t("Voortgang", "Progress")
    static let routePoint = t("Routepunt", "Route point")
    static let hopOn = t("Stap in waar je wilt: de volgorde is vrij.", "Hop on anywhere: the order is free.")

    // Wegwijzer
    static let wegwijzer = t("Wegwijzer", "Signpost")
    static let questions = t("Vragen voor de zaal", "Questions for the room")
    static let notes = t("Notities", "Notes")
    static let notesEmpty = t("Nog geen notities. Druk op Enter of e om te typen wat de zaal zegt.",
                              "No notes yet. Press Enter or e to type what the room says.")
    static let status = t("Status", "Status")

    // Participants
    static let name = t("Naam", "Name")
    static let organisation = t("Organisatie", "Organisation")
    static let helix = t("Helixgroep", "Helix group")
    static let role = t("Rol", "Role")
    static let noParticipants = t("Nog geen deelnemers. Druk op a om iemand toe te voegen.",
                                  "No participants yet. Press a to add someone.")
    static let addParticipant = t("Deelnemer toevoegen", "Add participant")
    static let editParticipant = t("Deelnemer wijzigen", "Edit participant")
    static let removeQuestion = t("Deelnemer verwijderen?", "Remove participant?")
    static let atTheTable = t("Aan tafel", "At the table")

    // Session details
    static let title = t("Titel", "Title")
    static let region = t("Regio", "Region")
    static let date = t("Datum", "Date")
    static let facilitator = t("Begeleider", "Facilitator")
    static let sessionFile = t("Sessiebestand", "Session file")

    // Dialogs
    static let quitQuestion = t("Routekaart afsluiten?", "Quit routekaart?")
    static let quitSaved = t("Alles is opgeslagen in", "Everything is saved in")
    static let quitNotSaved = t("Let op: niet alles is opgeslagen!", "Warning: not everything is saved!")
    static let quitNotSavedBecause = t("Let op: niet alles is opgeslagen, want %1!", "Warning: not everything is saved, because %1!")
    static let confirmKeys = t("Enter of j = ja · Esc = nee", "Enter or y = yes · Esc = no")
    /// The quit question while something is not saved: the safe way out is the default.
    static let quitUnsavedKeys = t("Enter of S = elders opslaan · ! = toch stoppen · Esc = terug",
                                   "Enter or S = save elsewhere · ! = quit anyway · Esc = back")
    static let saveElsewhereShort = t("elders opslaan", "save elsewhere")
    static let quitAnyway = t("toch stoppen", "quit anyway")
    static let quitUnsavedLoss = t("Wie toch stopt, verliest wat niet is opgeslagen.", "Quitting anyway loses what is not saved.")
    static let helpTitle = t("Toetsen", "Keys")
    static let helpThisScreen = t("Dit scherm", "This screen")
    static let helpEverywhere = t("Overal", "Everywhere")
    static let helpClose = t("Esc of ? sluit deze hulp", "Esc or ? closes this help")
    static let undone = t("Ongedaan gemaakt", "Undone")
    static let redone = t("Opnieuw gedaan", "Redone")
    static let tooSmall = t("Terminal te klein", "Terminal too small")
    static let tooSmallNeed = t("nodig: minstens 80×24", "needed: at least 80×24")
    static let tooSmallNow = t("nu", "now")
    static let tooSmallHint = t("Maak het venster groter of de letters kleiner.", "Make the window larger or the font smaller.")
    static let readOnlyRefused = t("Alleen-lezen: wijzigingen zijn niet mogelijk.", "Read-only: changes are not possible.")
}
