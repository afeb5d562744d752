import RoutekaartCore

/// The pages a phone sees, rendered on the laptop: plain forms that work without
/// JavaScript, large touch targets, readable at 320 px wide, every user text escaped
/// (`HTMLText`, as in the reports).
enum RoomPages {
    /// A whole page. `question` is the key of the question it answers ("none" for the
    /// waiting page); `follows`: the page goes to the next question when it opens (not the
    /// pages for joining and choosing a name).
    static func page(_ body: String, _ l: Language, question: String = "none", follows: Bool = true) -> String {
        """
        <!doctype html>
        <html lang="\(l.rawValue)">
        <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(RoomText.title(l))</title><style>\(css)</style></head>
        <body data-question="\(escape(question))" data-follows="\(follows ? 1 : 0)"><main>
        <h1>\(RoomText.title(l))</h1>
        \(body)
        </main><script src="/live.js"></script></body></html>
        """
    }

    static let css = """
        body{font:18px/1.4 system-ui,sans-serif;margin:0;color:#111;background:#fff}main{max-width:640px;margin:0 auto;padding:12px}
        h1{font-size:20px;margin:4px 0 12px}h2{font-size:19px}button,input,select{font:inherit;min-height:48px;box-sizing:border-box}
        button{width:100%;margin:6px 0;padding:10px;border-radius:8px;border:2px solid #1f3b73;background:#e9eef8;color:#111}
        button.main{background:#1f3b73;color:#fff}input,select{width:100%;padding:8px;border:2px solid #666;border-radius:6px}
        label{display:block;margin:10px 0 4px;font-weight:600}.grid{display:grid;grid-template-columns:repeat(2,minmax(0,1fr));gap:8px}
        .cell{border:2px solid #888;border-radius:8px;padding:8px;overflow-wrap:anywhere;min-width:0}.cell input[type=radio]{width:28px;min-height:28px}
        .axis{font-size:15px;color:#444;text-align:center}.msg{padding:12px;border-radius:8px;background:#e7f4e7;margin:10px 0}
        .err{padding:12px;border-radius:8px;background:#fbe3e3;margin:10px 0}fieldset{border:1px solid #bbb;border-radius:8px;margin:10px 0;min-width:0}
        .bar{background:#1f3b73;height:14px;border-radius:4px}.small{font-size:15px;color:#444}
        .score{margin:8px 0}.score .name{font-weight:600}.choices{display:flex;flex-wrap:wrap;gap:4px}
        .choices label{display:inline-flex;align-items:center;justify-content:center;margin:0;min-width:44px;min-height:44px;padding:0 6px;border:2px solid #1f3b73;border-radius:8px;font-weight:400}
        .choices input{position:absolute;opacity:0;width:1px;height:1px}.choices input:checked+span{font-weight:700;text-decoration:underline}
        .choices label:has(input:checked){background:#1f3b73;color:#fff}.choices label:has(input:focus-visible){outline:3px solid #e0a000}
        """

    /// The script of every page. It turns the page that answered a form into an ordinary
    /// page (a reload never sends a form again), keeps a running total of dots, and listens
    /// for changes: a new question loads the page for it, a change in the turnout or the
    /// result replaces only the live part — never a form being filled in. Without
    /// JavaScript the "vernieuwen" button does it all.
    static let liveScript = """
        (function(){var b=document.body,q=b.getAttribute('data-question'),follows=b.getAttribute('data-follows')==='1';
        var after={'/join':'/','/claim':'/wie','/erbij':'/wie','/stem':'/stem'};
        if(history.replaceState&&after[location.pathname])history.replaceState(null,'',after[location.pathname]);
        var total=document.getElementById('total');if(total){var f=total.form||total.closest('form');var count=function(){var n=0;
        f.querySelectorAll('input[type=number]').forEach(function(i){n+=Math.max(0,parseInt(i.value,10)||0);});
        total.textContent=total.getAttribute('data-text').replace('%1',n);};f.addEventListener('input',count);count();}
        if(!window.EventSource)return;var s=new EventSource('/events'),live=document.getElementById('live'),seen=null;
        s.onmessage=function(e){var key=e.data.split('\\n')[0],question=key.split('|')[0];
        if(question!==q){if(follows){s.close();location.replace('/stem');}return;}
        if(seen!==null&&key!==seen&&live)live.innerHTML=e.data.slice(key.length+1);seen=key;};})();
        """

    static func escape(_ text: String) -> String { HTMLText.escape(text) }

    static func refresh(_ l: Language) -> String {
        "<form method=\"get\" action=\"/stem\"><button>\(RoomText.refresh(l))</button></form>"
    }

    static func message(_ text: String, problem: Bool = false) -> String {
        "<p class=\"\(problem ? "err" : "msg")\" role=\"\(problem ? "alert" : "status")\">\(escape(text))</p>"
    }

    // MARK: Joining

    static func join(_ l: Language, code: String = "", problem: String? = nil) -> String {
        page((problem.map { message($0, problem: true) } ?? "") + """
            <form method="post" action="/join"><label for="code">\(RoomText.codeLabel(l))</label>
            <input id="code" name="code" inputmode="numeric" autocomplete="off" maxlength="12" value="\(escape(String(code.filter(\.isNumber).prefix(12))))" required autofocus>
            <button class="main">\(RoomText.enter(l))</button></form>
            <p class="small">\(RoomText.privacy(l))</p>
            """, l, follows: false)
    }

    static func who(_ snapshot: RoomSnapshot, claimed: Set<ParticipantID>, mine: ParticipantID?, problem: String? = nil) -> String {
        let l = snapshot.language
        var body = problem.map { message($0, problem: true) } ?? ""
        body += "<h2>\(RoomText.whoAreYou(l))</h2>"
        let free = snapshot.state.participants.filter { !claimed.contains($0.id) || $0.id == mine }
        if free.isEmpty { body += "<p>\(RoomText.noNamesFree(l))</p>" }
        for p in free {
            let organisation = p.fields.organisation.isEmpty ? "" : " — " + p.fields.organisation
            body += "<form method=\"post\" action=\"/claim\"><input type=\"hidden\" name=\"participant\" value=\"\(escape(p.id.rawValue))\">"
                + "<button>\(escape(p.fields.name + organisation))</button></form>"
        }
        body += """
            <h2>\(RoomText.notOnTheList(l))</h2><form method="post" action="/erbij">
            <label for="name">\(RoomText.name(l))</label><input id="name" name="name" maxlength="200" required>
            <label for="organisation">\(RoomText.organisation(l))</label><input id="organisation" name="organisation" maxlength="500">
            <label for="helix">\(RoomText.helix(l))</label><select id="helix" name="helix">
            """
        for g in Method.helixGroups { body += "<option value=\"\(g.group.rawValue)\">\(escape(g.name(l)))</option>" }
        body += "</select><button class=\"main\">\(RoomText.addMe(l))</button></form>"
        return page(body, l, follows: false)
    }

    // MARK: Voting

    /// Nothing is asked now; `problem` says why an answer just sent was not counted.
    static func waiting(_ snapshot: RoomSnapshot, problem: String? = nil) -> String {
        let l = snapshot.language
        return page((problem.map { message($0, problem: true) } ?? "") + "<p>\(RoomText.waiting(l))</p>" + refresh(l), l)
    }

    /// The result so far, as the phones may see it.
    static func result(_ result: PhoneResult, _ l: Language) -> String {
        switch result {
        case .none: return ""
        case .follows: return "<p>\(RoomText.resultFollows(l))</p>"
        case let .fromAnswers(n): return "<p>" + escape(RoomText.resultFromFive(l, n)) + "</p>"
        case let .bars(bars):
            return "<h2>\(RoomText.resultSoFar(l))</h2>" + bars.map { bar in
                "<div>\(escape(bar.label)): \(escape(bar.value))<div class=\"bar\" style=\"width:\(Int((min(max(bar.fraction, 0), 1) * 100).rounded()))%\"></div></div>"
            }.joined()
        }
    }

    // MARK: One page for every question

    /// The open question: what this phone answered, the live part, and the form to answer
    /// (or change the answer) in the shape of its answer kind. An anonymous phone that
    /// answered sees no form again.
    static func question(_ ask: PhoneQuestion, _ snapshot: RoomSnapshot, voter: ParticipantID?, answeredAnonymously: Bool, problem: String? = nil) -> String {
        let l = snapshot.language
        var body = problem.map { message($0, problem: true) } ?? ""
        if let voter, let p = snapshot.state.participant(voter) { body += "<p class=\"small\">\(RoomText.votingAs(l)) \(escape(p.fields.name))</p>" }
        body += "<h2>\(escape(ask.prompt))</h2>"
        let given = ask.given(by: voter, in: snapshot.state)
        let answered = given != nil || answeredAnonymously
        body += "<div id=\"live\">" + snapshot.live(answered: answered) + "</div>"
        if let given, let summary = summary(given, ask.answer) { body += "<p>" + escape(summary) + "</p>" }
        if answeredAnonymously { return page(body + refresh(l), l, question: ask.question.key) }
        if answered { body += "<h2>\(RoomText.change(l))</h2>" }
        body += "<form method=\"post\" action=\"/stem\"><input type=\"hidden\" name=\"\(PhoneAnswer.questionField)\" value=\"\(escape(ask.question.key))\">"
        let values = given?.values ?? [:]
        switch ask.answer {
        case let .pick(options): body += pick(options, values)
        case let .spread(options, total, _): body += spread(options, total: total, values)
        case let .scale(groups, scaleValues): body += scale(groups, scaleValues, values, l)
        }
        if let hint = ask.hint { body += "<p class=\"small\">" + escape(hint) + "</p>" }
        if case let .spread(_, total, _) = ask.answer { body += runningTotal(l, total) }
        body += "<button class=\"main\">\(RoomText.send(l))</button></form>" + refresh(l)
        return page(body, l, question: ask.question.key)
    }

    /// One of the options, as radio buttons in a two-column grid.
    static func pick(_ options: [PhoneOption], _ values: [String: Int]) -> String {
        "<div class=\"grid\">" + options.map { option in
            let id = escape(PhoneAnswer.pickField + "-" + option.id)
            return "<div class=\"cell\"><label for=\"\(id)\"><input type=\"radio\" id=\"\(id)\" name=\"\(PhoneAnswer.pickField)\" value=\"\(escape(option.id))\"\((values[option.id] ?? 0) > 0 ? " checked" : "") required> "
                + escape(option.label) + "</label>" + detail(option) + "</div>"
        }.joined() + "</div>"
    }

    /// A number for each option.
    static func spread(_ options: [PhoneOption], total: Int, _ values: [String: Int]) -> String {
        options.map { option in
            let id = escape(PhoneAnswer.spreadPrefix + option.id)
            return "<div class=\"cell\"><label for=\"\(id)\">\(escape(option.label))</label>"
                + "<input type=\"number\" id=\"\(id)\" name=\"\(id)\" min=\"0\" max=\"\(total)\" value=\"\(values[option.id] ?? 0)\" inputmode=\"numeric\">"
                + detail(option) + "</div>"
        }.joined()
    }

    /// A line of buttons for each item: the scale's values and "leeg", which clears a value given before.
    static func scale(_ groups: [PhoneOptionGroup], _ scaleValues: [PhoneOption], _ values: [String: Int], _ l: Language) -> String {
        groups.map { group in
            "<fieldset><legend>\(escape(group.title))</legend>" + group.items.map { item in
                let name = escape(PhoneAnswer.scalePrefix + item.id)
                let value = values[item.id]
                let choices = scaleValues.map { ($0.id, $0.label, value.map(String.init) == $0.id) } + [("", RoomText.empty(l), value == nil)]
                return "<div class=\"score\" role=\"radiogroup\" aria-label=\"\(escape(item.label))\"><div class=\"name\">\(escape(item.label))</div><div class=\"choices\">"
                    + choices.map { v, label, checked in
                        "<label><input type=\"radio\" name=\"\(name)\" value=\"\(escape(v))\"\(checked ? " checked" : "")><span>\(escape(label))</span></label>"
                    }.joined() + "</div></div>"
            }.joined() + "</fieldset>"
        }.joined()
    }

    static func detail(_ option: PhoneOption) -> String {
        option.detail.map { " <span class=\"small\">\(escape($0))</span>" } ?? ""
    }

    /// What the phone answered, in words, where the form alone does not say it at a glance.
    static func summary(_ answer: PhoneAnswer, _ kind: PhoneQuestion.AnswerKind) -> String? {
        switch kind {
        case let .pick(options), let .spread(options, _, _):
            let parts = options.filter { (answer.values[$0.id] ?? 0) > 0 }.map { option in
                let n = answer.values[option.id] ?? 0
                return option.label + (n > 1 ? " (\(n))" : "")
            }
            return parts.isEmpty ? nil : parts.joined(separator: ", ")
        case .scale:
            return nil
        }
    }

    /// "2 van 3 stippen gegeven", kept up to date by `liveScript` while the phone types.
    static func runningTotal(_ l: Language, _ most: Int) -> String {
        "<p id=\"total\" class=\"small\" role=\"status\" aria-live=\"polite\" data-text=\"\(escape(RoomText.dotsGiven(l, "%1", most)))\"></p>"
    }
}
