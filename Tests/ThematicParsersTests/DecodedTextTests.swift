import Foundation
import Testing
import ThematicModel
@testable import ThematicParsers

@Suite("Decoding transcript bytes")
struct DecodedTextTests {
    @Test("UTF-8 with a BOM: the BOM is dropped")
    func utf8BOM() throws {
        let decoded = try DecodedText(bytes: [0xEF, 0xBB, 0xBF] + Array("I: hi".utf8), file: "a.txt")
        #expect(decoded.text == "I: hi")
        #expect(decoded.encoding == .utf8)
        #expect(decoded.hadByteOrderMark)
        #expect(decoded.warnings.isEmpty)
    }

    @Test("UTF-16 little and big endian, with BOM, including a surrogate pair")
    func utf16() throws {
        let text = "I: ça 🙂\r\nP: 中"
        let units = Array(text.utf16)
        let little: [UInt8] = [0xFF, 0xFE] + units.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let big: [UInt8] = [0xFE, 0xFF] + units.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        #expect(try DecodedText(bytes: little, file: "a.txt").text == text)
        #expect(try DecodedText(bytes: big, file: "a.txt").encoding == .utf16BigEndian)
        #expect(try DecodedText(bytes: big, file: "a.txt").text == text)
    }

    @Test("UTF-16 without a BOM is recognised from its NUL bytes")
    func utf16WithoutBOM() throws {
        let units = Array("Interviewer: hello there".utf16)
        let little = units.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let decoded = try DecodedText(bytes: little, file: "a.txt")
        #expect(decoded.encoding == .utf16LittleEndian)
        #expect(decoded.text == "Interviewer: hello there")
    }

    @Test("bytes that are not UTF-8 are read as Windows-1252, with a warning at the first bad line")
    func legacyFallback() throws {
        // "Ren\xE9" on line 2, and a Windows-1252 right quote (0x92).
        let bytes = Array("I: ok\nP: Ren".utf8) + [0xE9, 0x20, 0x92, 0x0A]
        let decoded = try DecodedText(bytes: bytes, file: "old.txt")
        #expect(decoded.encoding == .windows1252)
        #expect(decoded.text == "I: ok\nP: René \u{2019}\n")
        #expect(decoded.warnings.count == 1)
        #expect(decoded.warnings.first?.location == SourceLocation(file: "old.txt", line: 2, column: 1))
    }

    @Test("an empty file is an error, a NUL byte marks a binary file at its place")
    func emptyAndBinary() {
        #expect(throws: ParseError.empty(path: "e.txt")) { try DecodedText(bytes: [], file: "e.txt") }
        #expect(throws: ParseError.binary(path: "b.txt", at: SourceLocation(file: "b.txt", line: 2, column: 3))) {
            try DecodedText(bytes: Array("ok\nab".utf8) + [0, 1, 2], file: "b.txt")
        }
    }

    @Test("lines split at LF, CRLF and lone CR, numbered as editors do")
    func lines() {
        let lines = Array(Lines("a\r\nb\rc\n\nd"))
        #expect(lines.map(\.text) == ["a", "b", "c", "", "d"])
        #expect(lines.map(\.number) == [1, 2, 3, 4, 5])
        #expect(Array(Lines("a\n")).map(\.text) == ["a"])
        #expect(Array(Lines("")).isEmpty)
    }
}
