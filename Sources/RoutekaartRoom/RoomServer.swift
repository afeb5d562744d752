import Foundation
import Hummingbird
import HTTPTypes
import NIOCore
import RoutekaartCore

/// A request's context with the address it came from (for the limit on wrong codes).
public struct RoomRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// "1.2.3.4"; "local" when there is none (tests).
    public let clientAddress: String

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        clientAddress = source.channel.remoteAddress?.ipAddress ?? "local"
    }

    /// The largest body a phone may send; a vote is a few hundred bytes.
    public var maxUploadSize: Int { RoomServer.maxBody }
}

/// The room's web server: routes and rules. It posts each vote to the inbox and answers
/// only once the run loop has journaled it (or refused it, with the engine's message).
public enum RoomServer {
    public static let maxBody = 16 * 1024
    static let cookie = "rk"
    static let securityHeaders: HTTPFields = [
        .contentSecurityPolicy: "default-src 'none'; style-src 'unsafe-inline'; script-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
        .init("X-Content-Type-Options")!: "nosniff",
        // Not "no-referrer": with it a browser sends "Origin: null" on the room's own forms.
        .init("Referrer-Policy")!: "same-origin",
        .cacheControl: "no-store",
    ]

    /// The routes; a request for any host but `Room.authority` is refused.
    public static func router(_ room: Room, clock: @escaping @Sendable () -> Date = Date.init) -> Router<RoomRequestContext> {
        let router = Router(context: RoomRequestContext.self)
        router.add(middleware: RoomRules(room: room))

        router.get("/") { request, _ in
            room.knows(token(request), now: clock())
                ? redirect("/stem") : html(RoomPages.join(language(room), code: request.uri.queryParameters["code"].map(String.init) ?? ""))
        }
        router.post("/join") { request, context in
            let form = try await fields(request)
            switch room.join(code: form["code"] ?? "", from: context.clientAddress, now: clock()) {
            case let .joined(token):
                var response = redirect("/wie")
                response.setCookie(Cookie(name: cookie, value: token, path: "/", httpOnly: true, sameSite: .strict))
                return response
            case .wrongCode: return html(RoomPages.join(language(room), problem: RoomText.wrongCode(language(room))), status: .forbidden)
            case .tooManyTries: return html(RoomPages.join(language(room), problem: RoomText.tooManyTries(language(room))), status: .tooManyRequests)
            case .tooManyJoins: return html(RoomPages.join(language(room), problem: RoomText.tooManyJoins(language(room))), status: .tooManyRequests)
            }
        }
        router.get("/wie") { request, _ in
            guard let token = token(request), room.knows(token, now: clock()) else { return redirect("/") }
            return html(RoomPages.who(room.snapshot, claimed: room.claimed, mine: room.participant(of: token)))
        }
        router.post("/claim") { request, _ in
            guard let token = token(request), room.knows(token, now: clock()) else { return refuse(room, RoomText.notJoined, .unauthorized) }
            let id = ParticipantID(try await fields(request)["participant"] ?? "")
            let snapshot = room.snapshot
            guard snapshot.state.participant(id) != nil else { return whoAgain(room, token, RoomText.unknownParticipant, .notFound) }
            switch room.claim(id, by: token) {
            case nil: return redirect("/stem")
            case .taken?: return whoAgain(room, token, RoomText.nameTaken, .conflict)
            case let .votedAs(voter)?:
                let name = snapshot.state.participant(voter)?.fields.name ?? voter.rawValue
                return whoAgain(room, token, filled(RoomText.votedAs, name), .conflict)
            }
        }
        router.post("/erbij") { request, context in
            guard let token = token(request), room.knows(token, now: clock()) else { return refuse(room, RoomText.notJoined, .unauthorized) }
            let form = try await fields(request)
            guard room.maySelfAdd(from: context.clientAddress, now: clock()) else { return whoAgain(room, token, RoomText.tooManyAdded, .tooManyRequests) }
            let helix = HelixGroup(rawValue: form["helix"] ?? "") ?? .other
            let fields = ParticipantFields(name: form["name"] ?? "", organisation: form["organisation"] ?? "", helix: helix)
            switch await room.inbox.post(.addParticipant(fields)) {
            case let .success(events):
                guard case let .participantAdded(p)? = events.first?.event else { return redirect("/wie") }
                if case let .votedAs(voter)? = room.claim(p.id, by: token) {
                    let name = room.snapshot.state.participant(voter)?.fields.name ?? voter.rawValue
                    return whoAgain(room, token, filled(RoomText.votedAs, name), .conflict)
                }
                return redirect("/stem")
            case let .failure(error):
                return whoAgain(room, token, LocalizedText(nl: error.message(.nl), en: error.message(.en)), .unprocessableContent)
            }
        }
        router.get("/stem") { request, _ in
            guard let token = token(request), room.knows(token, now: clock()) else { return redirect("/") }
            return votingPage(room, token: token)
        }
        router.post("/stem") { request, _ in
            guard let token = token(request), room.knows(token, now: clock()) else { return refuse(room, RoomText.notJoined, .unauthorized) }
            return try await vote(room, token: token, form: try await fields(request))
        }
        router.get("/events") { request, _ in
            guard room.knows(token(request), now: clock()) else { return Response(status: .unauthorized) }
            return events(room, token: token(request) ?? "", clock: clock)
        }
        router.get("/live.js") { _, _ in
            var headers = securityHeaders
            headers[.contentType] = "text/javascript; charset=utf-8"
            return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: RoomPages.liveScript)))
        }
        return router
    }

    // MARK: Voting

    /// The open question's page for this phone, whatever its kind.
    static func votingPage(_ room: Room, token: String, problem: String? = nil, status: HTTPResponse.Status = .ok) -> Response {
        let snapshot = room.snapshot
        guard let ask = snapshot.ask else { return html(RoomPages.waiting(snapshot, problem: problem), status: status) }
        let voter = room.participant(of: token)
        if !ask.anonymous && voter == nil { return redirect("/wie") }
        let answered = ask.anonymous && room.hasVotedAnonymously(ask.question.key, token: token)
        return html(RoomPages.question(ask, snapshot, voter: ask.anonymous ? nil : voter, answeredAnonymously: answered, problem: problem), status: status)
    }

    /// An answer from a phone: read by the open question's answer kind, checked against the
    /// open question, posted to the run loop as commands, answered once they are journaled.
    static func vote(_ room: Room, token: String, form: [String: String]) async throws -> Response {
        let snapshot = room.snapshot
        let l = snapshot.language
        guard let ask = snapshot.ask, form[PhoneAnswer.questionField] == ask.question.key else {
            return votingPage(room, token: token, problem: CommandError.questionClosed.message(l), status: .conflict)
        }
        guard let answer = PhoneAnswer(form: form, ask.answer) else {
            return votingPage(room, token: token, problem: RoomText.badForm(l), status: .unprocessableContent)
        }
        let voter = room.participant(of: token)
        if !ask.anonymous && voter == nil { return votingPage(room, token: token, problem: RoomText.chooseName(l), status: .forbidden) }
        let commands: [WorkshopCommand]
        do {
            commands = try ask.commands(for: answer, voter: voter, in: snapshot.state)
        } catch {
            return votingPage(room, token: token, problem: error.message(l), status: .unprocessableContent)
        }
        let key = ask.question.key
        if ask.anonymous {
            guard room.reserveAnonymousVote(key, by: token) else {
                return votingPage(room, token: token, problem: RoomText.alreadyVoted(l), status: .conflict)
            }
            await room.memoryWritten()  // a restart cannot give this phone a second vote
        }
        for command in commands {
            switch await room.inbox.post(command) {
            case .success: continue
            case .failure(.notSaved):
                // Held in memory, not on disk: the phone is told so, never "received" (and
                // an anonymous phone keeps its one vote: the answer counts once it is written).
                if !ask.anonymous, let voter { room.answered(key, as: voter, by: token) }
                return votingPage(room, token: token, status: .serviceUnavailable)
            case let .failure(error):
                if ask.anonymous { room.cancelAnonymousVote(key, by: token) }
                return votingPage(room, token: token, problem: error.message(l), status: .unprocessableContent)
            }
        }
        if !ask.anonymous, let voter { room.answered(key, as: voter, by: token) }
        return redirect("/stem")
    }

    /// Whether the phone answered the open question (and so may see its result so far).
    static func hasAnswered(_ room: Room, token: String, in snapshot: RoomSnapshot) -> Bool {
        guard let ask = snapshot.ask else { return false }
        return ask.anonymous
            ? room.hasVotedAnonymously(ask.question.key, token: token)
            : ask.given(by: room.participant(of: token), in: snapshot.state) != nil
    }

    // MARK: Live updates

    /// Server-sent events: what the phone's page shows now and on every change, pushed by
    /// `Room.publish` — the key (`RoomSnapshot.liveKey`) on the first line of each event, the
    /// page's live part on the second; nothing is sent, and nothing wakes, while nothing
    /// changes. The stream ends when the phone goes away.
    /// A phone past `Room.streamsPerPhone` gets 503, and the connection is closed.
    static func events(_ room: Room, token: String, clock: @escaping @Sendable () -> Date) -> Response {
        guard let stream = room.watch(by: token) else {
            var refused = refuse(room, RoomText.tooManyStreams, .serviceUnavailable)
            refused.headers[.connection] = "close"
            return refused
        }
        var headers = securityHeaders
        headers[.contentType] = "text/event-stream"
        return Response(status: .ok, headers: headers, body: ResponseBody { writer in
            for await snapshot in stream {
                let event = hasAnswered(room, token: token, in: snapshot) ? snapshot.liveEvent.answered : snapshot.liveEvent.unanswered
                try await writer.write(ByteBuffer(string: event))
                _ = room.knows(token, now: clock())
            }
            try await writer.finish(nil)
        })
    }

    // MARK: Pieces

    static func language(_ room: Room) -> Language { room.snapshot.language }

    static func token(_ request: Request) -> String? { request.cookies[cookie]?.value }

    static func fields(_ request: Request) async throws -> [String: String] {
        let body = try await request.body.collect(upTo: maxBody)
        return (try? URLEncodedFormDecoder().decode([String: String].self, from: String(buffer: body))) ?? [:]
    }

    static func html(_ page: String, status: HTTPResponse.Status = .ok) -> Response {
        var headers = securityHeaders
        headers[.contentType] = "text/html; charset=utf-8"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: page)))
    }

    static func redirect(_ path: String) -> Response {
        var headers = securityHeaders
        headers[.location] = path
        return Response(status: .seeOther, headers: headers)
    }

    static func refuse(_ room: Room, _ text: LocalizedText, _ status: HTTPResponse.Status) -> Response {
        html(RoomPages.page(RoomPages.message(text(language(room)), problem: true) + "<p><a href=\"/\">routekaart</a></p>", language(room)), status: status)
    }

    /// `text` with its %1 filled in, in both languages.
    static func filled(_ text: LocalizedText, _ value: String) -> LocalizedText {
        LocalizedText(nl: text(.nl, value), en: text(.en, value))
    }

    static func whoAgain(_ room: Room, _ token: String, _ text: LocalizedText, _ status: HTTPResponse.Status) -> Response {
        let snapshot = room.snapshot
        return html(RoomPages.who(snapshot, claimed: room.claimed, mine: room.participant(of: token), problem: text(snapshot.language)), status: status)
    }
}

/// The rules every request passes: a request for another host, a form from another site
/// and a body over the limit are refused, an unknown path gets a short page; nothing is
/// changed by any of them.
struct RoomRules: RouterMiddleware {
    let room: Room

    func handle(_ request: Request, context: RoomRequestContext, next: (Request, RoomRequestContext) async throws -> Response) async throws -> Response {
        // Only the room's own address: a name that a page elsewhere rebinds to this laptop is refused.
        guard let authority = room.authority, request.head.authority?.lowercased() == authority.lowercased() else {
            return RoomServer.refuse(room, RoomText.foreignHost, .misdirectedRequest)
        }
        if request.method == .post {
            // A browser says where a form comes from (Sec-Fetch-Site, Origin); only the room's own pages may post.
            if let site = request.headers[HTTPField.Name("Sec-Fetch-Site")!], site != "same-origin", site != "none" {
                return RoomServer.refuse(room, RoomText.crossSite, .forbidden)
            }
            if let origin = request.headers[.origin], let host = request.head.authority, origin != "http://" + host {
                return RoomServer.refuse(room, RoomText.crossSite, .forbidden)
            }
            if let length = request.headers[.contentLength].flatMap(Int.init), length > RoomServer.maxBody {
                return RoomServer.refuse(room, RoomText.tooLarge, .contentTooLarge)
            }
        }
        do {
            return try await next(request, context)
        } catch let error as HTTPError where error.status == .notFound {
            return RoomServer.refuse(room, RoomText.notFound, .notFound)
        } catch let error as HTTPError where error.status == .contentTooLarge {
            return RoomServer.refuse(room, RoomText.tooLarge, .contentTooLarge)
        }
    }
}
