import Foundation

/// What the process is given by its environment, read a variable at a time: before the
/// first frame, `ProcessInfo.environment` would copy every variable into a dictionary on
/// each use, and `TimeZone.current` load the time-zone database through ICU for one number.
enum ProcessEnvironment {
    /// The variable's value; nil when it is not set.
    static func value(_ name: String) -> String? { getenv(name).map { String(cString: $0) } }

    /// `HOME`, else the home folder the user database gives.
    static var home: String { value("HOME") ?? NSHomeDirectory() }

    /// Raises the number of files the process may open to the most it is allowed (the soft
    /// limit to the hard one): a room of phones holds a connection each, and the usual soft
    /// limit of 1,024 is reached by one phone that opens a thousand streams.
    static func openAsManyFilesAsAllowed() {
        var limit = rlimit()
        guard getrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit) == 0, limit.rlim_cur < limit.rlim_max else { return }
        limit.rlim_cur = limit.rlim_max
        _ = setrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit)
    }

    /// How far local time is ahead of UTC now, in seconds (`TZ` and /etc/localtime, as `localtime` reads them).
    static var utcOffsetSeconds: Int {
        var now = time(nil)
        var local = tm()
        guard localtime_r(&now, &local) != nil else { return 0 }
        return local.tm_gmtoff
    }
}
