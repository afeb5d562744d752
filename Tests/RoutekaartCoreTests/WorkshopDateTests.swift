import RoutekaartCore
import Testing

/// Dates as the room says them, kept as ISO dates, shown in the interface language.
@Suite struct WorkshopDateTests {
    let today = (year: 2026, month: 11, day: 29)

    func iso(_ text: String, month: Bool = false) -> String? { WorkshopDate.parse(text, today: today, monthAllowed: month)?.iso }

    @Test func theUsualWaysOfWritingADate() {
        for text in ["1-3-2027", "1 maart 2027", "2027-03-01", "1/3/2027", "1 mrt 2027", "1 March 2027", "01-03-2027"] {
            #expect(iso(text) == "2027-03-01", "\(text)")
        }
        #expect(iso("1 maart") == "2027-03-01", "a day and month already past this year is next year's")
        #expect(iso("15 december") == "2026-12-15")
        #expect(iso("1 juli") == "2027-07-01" && iso("1 juni") == "2027-06-01")
        #expect(iso("29-2-2028") == "2028-02-29")
    }

    @Test func aMonthOnlyWhereAMonthIsEnough() {
        #expect(iso("juni 2025") == nil)
        #expect(iso("juni 2025", month: true) == "2025-06")
        #expect(iso("2025-06", month: true) == "2025-06")
        #expect(iso("6-2025", month: true) == "2025-06")
    }

    @Test func whatIsNotADate() {
        for text in ["voor de zomer", "31-2-2027", "1-13-2027", "maart", "", "32 mei 2027", "2027"] { #expect(iso(text) == nil, "\(text)") }
    }

    @Test func shownInTheLanguage() {
        #expect(WorkshopDate.shown("2027-03-01", .nl) == "1 mrt 2027")
        #expect(WorkshopDate.shown("2027-03-01", .en) == "1 Mar 2027")
        #expect(WorkshopDate.shown("2025-06", .nl) == "jun 2025")
        #expect(WorkshopDate.shown("voor de zomer", .nl) == "voor de zomer", "what an older session holds is shown as written")
    }
}
