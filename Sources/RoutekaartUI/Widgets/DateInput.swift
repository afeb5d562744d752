import RoutekaartCore

/// A date typed into a form, kept as an ISO date; an empty field stays empty.
enum DateInput {
    static func iso(_ text: String, context: ScreenContext, monthAllowed: Bool = false) throws(FormProblem) -> String {
        let typed = TextCleaning.singleLine(text)
        guard !typed.isEmpty else { return "" }
        let now = context.now.components(offsetSeconds: context.utcOffsetSeconds)
        guard let date = WorkshopDate.parse(typed, today: (now.year, now.month, now.day), monthAllowed: monthAllowed) else {
            throw FormProblem((monthAllowed ? WorkshopDateText.unreadableMonth : WorkshopDateText.unreadable)(context.language, typed))
        }
        return date.iso
    }
}
