import RoutekaartCore

/// The pages a phone sees, rendered on the laptop: plain forms that work without
/// JavaScript, large touch targets, readable at 320 px wide, every user text escaped
/// (`HTMLText`, as in the reports).
enum RoomPages {
    /// An anonymous round's result shows on the phones only from this many answers on (or
    /// once revealed), so that no phone can read a later vote off the change it makes.
    static let anonymousResultFrom = 5

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
        s.onmessage=function(e){var key=e.data,question=key.split('|')[0];
        if(question!==q){if(follows){s.close();location.replace('/stem');}return;}
        if(seen!==null&&key!==seen&&live){fetch('/live',{credentials:'same-origin'}).then(function(r){return r.ok?r.text():null;})
        .then(function(t){if(t!==null)live.innerHTML=t;});}seen=key;};})();
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

    /// The part of a question page that changes while the phone looks at it: how many
    /// answered and, once this phone answered and where the room may see it, the result so
    /// far. `GET /live` serves it alone; the page replaces its `#live` part with it.
    static func live(_ snapshot: RoomSnapshot, showsResult: Bool) -> String {
        guard let question = snapshot.question else { return "" }
        let l = snapshot.language
        var out = "<p class=\"small\" role=\"status\">" + escape(question.turnout(in: snapshot.state).line(l)) + "</p>"
        if showsResult { out += liveResult(snapshot) }
        return out
    }

    /// The result so far that the phones may see: nothing in a blind round before the reveal,
    /// nor in an anonymous round with fewer than `anonymousResultFrom` answers.
    static func liveResult(_ snapshot: RoomSnapshot) -> String {
        let l = snapshot.language
        switch snapshot.question {
        case let .quadrantRound(id)?:
            guard let round = snapshot.state.round(id) else { return "" }
            guard round.isVisible else { return "<p>\(RoomText.resultFollows(l))</p>" }
            guard !round.setup.anonymous || round.ballots.count >= anonymousResultFrom || round.revealed else {
                return "<p>" + escape(RoomText.resultFromFive(l, anonymousResultFrom)) + "</p>"
            }
            return result(round, l)
        case let .weefselRound(id)?:
            guard let round = snapshot.state.weefselRound(id) else { return "" }
            guard round.isVisible else { return "<p>\(RoomText.resultFollows(l))</p>" }
            let rows = Set(round.answers.keys.map(\.row)).count
            guard !round.setup.anonymous || rows >= anonymousResultFrom || round.revealed else {
                return "<p>" + escape(RoomText.resultFromFive(l, anonymousResultFrom)) + "</p>"
            }
            let stats = WeefselStatistics(round)
            var out = "<h2>\(RoomText.resultSoFar(l))</h2>"
            for element in WeefselElement.allCases {
                let mean = stats.byElement[element]?.mean
                out += "<div>\(escape(Method.name(element)(l))): \(mean.map { Trend.format($0, l) } ?? "—")"
                    + "<div class=\"bar\" style=\"width:\(Int(((mean ?? 0) / 5 * 100).rounded()))%\"></div></div>"
            }
            return out
        case .agenda?, nil:
            return ""
        }
    }

    /// A quadrant round: the form, or what the phone voted with the result so far.
    static func quadrantRound(_ round: QuadrantRound, _ snapshot: RoomSnapshot, voter: ParticipantID?, votedAnonymously: Bool, problem: String? = nil) -> String {
        let l = snapshot.language
        var body = problem.map { message($0, problem: true) } ?? ""
        if let voter, let p = snapshot.state.participant(voter) { body += "<p class=\"small\">\(RoomText.votingAs(l)) \(escape(p.fields.name))</p>" }
        body += "<h2>\(escape(Method.question(round.setup.kind)(l)))</h2>"
        let ballot = voter.flatMap { round.ballot(of: $0) }
        let voted = ballot != nil || votedAnonymously
        if voted {
            body += message(RoomText.received(l))
            if let ballot { body += "<p>" + escape(describe(ballot.dots, l)) + "</p>" }
        }
        body += "<div id=\"live\">" + live(snapshot, showsResult: voted) + "</div>"
        if votedAnonymously { return page(body + refresh(l), l, question: round.id) }
        if voted { body += "<h2>\(RoomText.change(l))</h2>" }
        body += "<form method=\"post\" action=\"/stem\"><input type=\"hidden\" name=\"round\" value=\"\(escape(round.id))\">"
        body += "<p class=\"axis\">" + escape(Method.Axis.left(l)) + " ← → " + escape(Method.Axis.right(l)) + "</p><div class=\"grid\">"
        let cells = Method.quadrants.sorted { ($0.placement.row, $0.placement.column) < ($1.placement.row, $1.placement.column) }
        for info in cells {
            let q = info.quadrant.rawValue
            let given = ballot?.dots[info.quadrant] ?? 0
            body += "<div class=\"cell\">"
            if round.setup.style == .single {
                body += "<label for=\"q-\(q)\"><input type=\"radio\" id=\"q-\(q)\" name=\"q\" value=\"\(q)\"\(given > 0 ? " checked" : "") required> "
                    + "\(info.letter) \(escape(info.name(l)))</label>"
            } else {
                body += "<label for=\"d-\(q)\">\(info.letter) \(escape(info.name(l)))</label>"
                    + "<input type=\"number\" id=\"d-\(q)\" name=\"d-\(q)\" min=\"0\" max=\"\(round.setup.dotsPerVoter)\" value=\"\(given)\" inputmode=\"numeric\">"
            }
            body += "<span class=\"small\">\(escape(info.coreValue(l)))</span></div>"
        }
        body += "</div>"
        if round.setup.style == .dots {
            body += "<p class=\"small\">" + escape(RoomText.spreadDots(l, round.setup.dotsPerVoter)) + "</p>" + runningTotal(l, round.setup.dotsPerVoter)
        }
        body += "<button class=\"main\">\(RoomText.vote(l))</button></form>" + refresh(l)
        return page(body, l, question: round.id)
    }

    /// "2 van 3 stippen gegeven", kept up to date by `liveScript` while the phone types.
    static func runningTotal(_ l: Language, _ most: Int) -> String {
        "<p id=\"total\" class=\"small\" role=\"status\" aria-live=\"polite\" data-text=\"\(escape(RoomText.dotsGiven(l, "%1", most)))\"></p>"
    }

    static func describe(_ dots: QuadrantDots, _ l: Language) -> String {
        Quadrant.allCases.filter { dots[$0] > 0 }.map { q in Method.info(q).name(l) + (dots[q] > 1 ? " (\(dots[q]))" : "") }.joined(separator: ", ")
    }

    /// The tally so far as bars, for a round the room may see.
    static func result(_ round: QuadrantRound, _ l: Language) -> String {
        let tally = QuadrantTally(round)
        var out = "<h2>\(RoomText.resultSoFar(l))</h2>"
        for info in Method.quadrants {
            let pct = tally.percentages[info.quadrant] ?? 0
            out += "<div>\(info.letter) \(escape(info.name(l))): \(pct) %<div class=\"bar\" style=\"width:\(pct)%\"></div></div>"
        }
        return out
    }

    /// The attractive agenda: the phone's dots over its points, at most the number the facilitator set.
    static func agenda(_ snapshot: RoomSnapshot, voter: ParticipantID, problem: String? = nil) -> String {
        let l = snapshot.language
        let state = snapshot.state
        var body = problem.map { message($0, problem: true) } ?? ""
        if let p = state.participant(voter) { body += "<p class=\"small\">\(RoomText.votingAs(l)) \(escape(p.fields.name))</p>" }
        body += "<h2>\(RoomText.agendaQuestion(l))</h2>"
        let mine = state.agendaBallots[voter] ?? [:]
        if !mine.isEmpty { body += message(RoomText.received(l)) }
        body += "<div id=\"live\">" + live(snapshot, showsResult: !mine.isEmpty) + "</div>"
        if !mine.isEmpty { body += "<h2>\(RoomText.change(l))</h2>" }
        body += "<form method=\"post\" action=\"/stem\"><input type=\"hidden\" name=\"round\" value=\"agenda\">"
        for topic in state.agendaTopics {
            let id = "g-" + topic.id
            body += "<label for=\"\(escape(id))\">\(escape(topic.text))</label>"
                + "<input type=\"number\" id=\"\(escape(id))\" name=\"\(escape(id))\" min=\"0\" max=\"\(state.agendaDotsPerVoter)\" value=\"\(mine[topic.id] ?? 0)\" inputmode=\"numeric\">"
        }
        body += "<p class=\"small\">" + escape(RoomText.agendaDots(l, state.agendaDotsPerVoter)) + "</p>" + runningTotal(l, state.agendaDotsPerVoter)
        body += "<button class=\"main\">\(RoomText.send(l))</button></form>" + refresh(l)
        return page(body, l, question: "agenda")
    }

    /// A weefsel round: the phone's own row, 14 indicators, each a line of buttons 1–5,
    /// "weet niet" and "leeg" (which clears a score given before).
    static func weefselRound(_ round: WeefselRound, _ snapshot: RoomSnapshot, row: String?, votedAnonymously: Bool, problem: String? = nil) -> String {
        let l = snapshot.language
        var body = problem.map { message($0, problem: true) } ?? ""
        body += "<h2>\(RoomText.weefselQuestion(l))</h2>"
        let given = row.map { r in round.answers.filter { $0.key.row == r } } ?? [:]
        let answered = votedAnonymously || !given.isEmpty
        if answered { body += message(RoomText.received(l)) }
        body += "<div id=\"live\">" + live(snapshot, showsResult: answered) + "</div>"
        if votedAnonymously { return page(body + refresh(l), l, question: round.id) }
        if answered { body += "<h2>\(RoomText.change(l))</h2>" }
        body += "<form method=\"post\" action=\"/stem\"><input type=\"hidden\" name=\"round\" value=\"\(escape(round.id))\">"
        for element in WeefselElement.allCases {
            body += "<fieldset><legend>\(escape(Method.name(element)(l)))</legend>"
            for indicator in Method.weefselIndicators where indicator.element == element {
                let name = "s-" + indicator.id
                let value = given[WeefselCell(row: row ?? "", indicator: indicator.id)]
                let choices = Engine.Limits.score.filter { $0 != dontKnowScore }.map { (String($0), String($0), value == $0) }
                    + [(String(dontKnowScore), RoomText.dontKnow(l), value == dontKnowScore), ("", RoomText.empty(l), value == nil)]
                body += "<div class=\"score\" role=\"radiogroup\" aria-label=\"\(escape(indicator.name(l)))\"><div class=\"name\">\(escape(indicator.name(l)))</div><div class=\"choices\">"
                for (v, label, checked) in choices {
                    body += "<label><input type=\"radio\" name=\"\(escape(name))\" value=\"\(v)\"\(checked ? " checked" : "")><span>\(escape(label))</span></label>"
                }
                body += "</div></div>"
            }
            body += "</fieldset>"
        }
        body += "<p class=\"small\">\(RoomText.scale(l))</p><button class=\"main\">\(RoomText.send(l))</button></form>" + refresh(l)
        return page(body, l, question: round.id)
    }
}
