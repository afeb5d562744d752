import CNCursesW
import Testing

/// Terminfo's strings as the terminal code fills them.
@Suite struct TerminfoTests {
    /// A capability terminfo cannot fill (tiparm gives NULL) becomes an empty string, never a
    /// trap on the projector; one it can fill is filled.
    @Test func aCapabilityThatCannotBeFilledIsEmpty() {
        #expect(String(cString: rk_fill1(nil, 1)).isEmpty)
        #expect(String(cString: rk_fill2(nil, 1, 2)).isEmpty)
        #expect(String(cString: rk_fill2("\u{1B}[%i%p1%d;%p2%dH", 4, 9)) == "\u{1B}[5;10H")
    }
}
