import Foundation
import Testing

/// Runs a script of Tests/Tools with python3 and returns what it printed; a failure names
/// the package to install.
func runPythonTool(_ script: String, _ arguments: [String], needs package: String) throws -> String {
    let tools = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Tools")
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", tools.appendingPathComponent(script).path] + arguments
    let out = Pipe(), err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    let problem = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationStatus == 0, "python3 \(script): \(problem) (pip install \(package))")
    return String(decoding: data, as: UTF8.self)
}
