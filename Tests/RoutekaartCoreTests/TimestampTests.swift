import PropertyBased
import Testing
@testable import RoutekaartCore

@Suite struct TimestampTests {
    @Test func writesAndReadsTheIsoForm() {
        let t = Timestamp(iso8601: "2026-11-29T14:03:22.123Z")
        #expect(t?.description == "2026-11-29T14:03:22.123Z")
        #expect(Timestamp(iso8601: "2024-02-29T23:59:59Z")?.description == "2024-02-29T23:59:59.000Z")
        #expect(Timestamp(milliseconds: 0).description == "1970-01-01T00:00:00.000Z")
    }

    @Test func refusesWhatIsNotATimestamp() {
        for text in ["", "2026-11-29", "2026-13-01T00:00:00Z", "2026-11-29T24:00:00Z", "2026-11-29T14:03:22.12Z", "2026-11-29 14:03:22Z", "２０２６-11-29T14:03:22Z"] {
            #expect(Timestamp(iso8601: text) == nil, "\(text)")
        }
    }

    @Test func localComponentsFollowTheOffset() {
        let t = Timestamp(iso8601: "2026-11-29T23:30:00Z")!
        let c = t.components(offsetSeconds: 3600)
        #expect((c.year, c.month, c.day, c.hour, c.minute) == (2026, 11, 30, 0, 30))
    }

    @Test func roundTripsAnyMillisecond() async {
        await propertyCheck(count: 500, input: Gen.int64(in: -62_135_596_800_000...253_402_300_799_999)) { ms in
            let t = Timestamp(milliseconds: ms)
            #expect(Timestamp(iso8601: t.description) == t)
        }
    }
}
