import ArgumentParser
import Foundation
import Thematic

/// Runs an operation, printing a failure to stderr in `file:line:column: error: …` form and
/// exiting 1 instead of letting it escape as an unformatted error.
func reportingFailures<T>(_ body: () throws(ThematicError) -> T) throws -> T {
    do {
        return try body()
    } catch {
        for line in error.lines { Console.error(line) }
        throw ExitCode.failure
    }
}

/// Writes to the two output streams: data to stdout, everything else to stderr.
enum Console {
    /// A line of data.
    static func out(_ line: String = "") {
        print(line)
    }

    /// A diagnostic line.
    static func error(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// How wide text output may be: `$COLUMNS`, else the terminal's width when stdout is one;
    /// `nil` (no limit) when printing to a file or pipe.
    static var terminalWidth: Int? {
        if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), columns > 20 { return columns }
        guard isatty(1) == 1 else { return nil }
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 20 else { return nil }
        return Int(size.ws_col)
    }

    /// Whether stderr is a terminal (progress is only drawn on one).
    static var stderrIsTerminal: Bool { isatty(2) == 1 }

    /// Draws a progress line over the previous one, on a terminal only.
    static func progress(_ line: String, done: Bool = false) {
        guard stderrIsTerminal else { return }
        FileHandle.standardError.write(Data(("\r\u{1B}[K" + line + (done ? "\n" : "")).utf8))
    }
}
