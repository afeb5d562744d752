import ArgumentParser
import Foundation
import RoutekaartCore

// Usage errors exit with status 2, problems with a file, a folder or the settings with status 1.
ProcessEnvironment.openAsManyFilesAsAllowed()
do {
    var command = try Routekaart.parseAsRoot()
    if case let .failure(refused) = Settings.current {  // never run with half a configuration
        let language = (command as? TakesGlobalOptions)?.options.langChoice ?? .nl
        throw Failure(refused.message(language))
    }
    try command.run()
} catch let failure as Failure {
    FileHandle.standardError.write(Data("routekaart: \(SafeText.multiline(failure.message))\n".utf8))
    exit(failure.exitCode)
} catch {
    if Routekaart.exitCode(for: error) == .validationFailure {
        FileHandle.standardError.write(Data((UsageText.localized(Routekaart.fullMessage(for: error), UsageText.language) + "\n").utf8))
        exit(2)
    }
    Routekaart.exit(withError: error)
}
