import CLibXML2
import Foundation
import Testing
import ThematicModel
import ThematicTestSupport
@testable import ThematicExchange
@testable import ThematicParsers

/// Issue 13.9 and 8.10: libxml2 keeps some state process-wide (the built-in schema types, the
/// external-entity loader, the global error handler). Validation and streaming reads on many
/// threads at once must each give exactly the result they give alone.
@Suite("libxml2 in parallel")
struct XMLParallelTests {
    /// One unit of work and the result it must give, run alone or beside any other.
    enum Job: CaseIterable {
        case validateEAF28, validateEAF30, violation, brokenDocument, parseTEI, parseELAN, malformedTEI

        /// Runs the job; returns a description of what went wrong, or `nil`.
        func run() -> String? {
            let elan = TestPaths.external.appendingPathComponent("elan")
            do {
                switch self {
                case .validateEAF28, .validateEAF30:
                    let (file, schema) = self == .validateEAF28 ? ("short_from_chat_v2.8.eaf", "EAFv2.8.xsd") : ("DOC_FR_2020_CHOIX_5.eaf", "EAFv3.0.xsd")
                    let violations = try XMLSchemaValidator.validate(fileAt: elan.appendingPathComponent(file).path,
                                                                     schemaAt: elan.appendingPathComponent(schema).path)
                    return violations.isEmpty ? nil : "\(file): \(violations.map(\.description))"
                case .violation:
                    let xml = """
                        <?xml version="1.0"?>
                        <transcript xmlns="urn:thematic:transcript:1" id="x">
                          <bogus/>
                        </transcript>
                        """
                    let violations = try XMLSchemaValidator.validate(Data(xml.utf8), file: "bad.xml", schema: Data(ThematicTranscriptSchema.xsd.utf8),
                                                                     schemaFile: "thematic-transcript.xsd")
                    return violations.first?.location?.line == 3 ? nil : "violation: \(violations.map(\.description))"
                case .brokenDocument:
                    do {
                        _ = try XMLSchemaValidator.validate(Data("<transcript>\n<title>".utf8), file: "cut.xml",
                                                            schema: Data(ThematicTranscriptSchema.xsd.utf8), schemaFile: "thematic-transcript.xsd")
                        return "broken document: no error"
                    } catch {
                        return error.location?.file == "cut.xml" ? nil : "broken document: \(error)"
                    }
                case .parseTEI:
                    let parsed = try TranscriptReader().read(contentsOf: TestPaths.external("tei/exmaralda_demo_Beckhams.iso-tei.xml"))
                    return parsed.transcript.utterances.count == 43 ? nil : "TEI: \(parsed.transcript.utterances.count) utterances"
                case .parseELAN:
                    let parsed = try TranscriptReader().read(contentsOf: TestPaths.external("elan/DOC_FR_2020_CHOIX_5.eaf"))
                    return parsed.transcript.utterances.count == 44 ? nil : "ELAN: \(parsed.transcript.utterances.count) utterances"
                case .malformedTEI:
                    let xml = "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><text><body>\n<u who=\"A\">one</u>\n<u who=\"B\">two</x></body></text></TEI>"
                    do {
                        _ = try TranscriptReader().read(ParserInput(file: "cut.xml", bytes: Data(xml.utf8)))
                        return "malformed TEI: no error"
                    } catch {
                        guard case .malformed(let message, let location) = error, location.line == 3, message.contains("mismatch") else {
                            return "malformed TEI: \(error)"
                        }
                        return nil
                    }
                }
            } catch {
                return "\(self): \(error)"
            }
        }
    }

    /// Runs `iterations` jobs (all kinds, interleaved) on `threads` threads at once; the failures.
    static func runInParallel(iterations: Int, threads: Int) -> [String] {
        let failures = Failures()
        let group = DispatchGroup()
        let jobs = Job.allCases
        for thread in 0..<threads {
            group.enter()
            let worker = Thread {
                for iteration in stride(from: thread, to: iterations, by: threads) {
                    if let failure = jobs[iteration % jobs.count].run() { failures.append("#\(iteration): \(failure)") }
                }
                group.leave()
            }
            worker.stackSize = 4 << 20
            worker.start()
        }
        group.wait()
        return failures.all
    }

    /// Failures collected from many threads.
    final class Failures: @unchecked Sendable {
        private let lock = NSLock()
        private var list: [String] = []
        func append(_ failure: String) { lock.withLock { list.append(failure) } }
        var all: [String] { lock.withLock { list } }
    }

    @Test("validation and streaming reads on 8 threads, 70 iterations, give the results they give alone")
    func parallelIterations() {
        for job in Job.allCases { #expect(job.run() == nil, "alone: \(job)") }
        let failures = XMLParallelTests.runInParallel(iterations: 70, threads: 8)
        #expect(failures.isEmpty, "\(failures.prefix(5))")
    }

    @Test("the thread's libxml2 error handler and the entity loader are put back after a validation")
    func restoresGlobalState() throws {
        // A loader and a handler of the caller's own, which a validation must leave in place.
        let loader: xmlExternalEntityLoader = { _, _, _ in nil }
        let handler: xmlStructuredErrorFunc = { _, _ in }
        let previousLoader = xmlGetExternalEntityLoader()
        xmlSetExternalEntityLoader(loader)
        xmlSetStructuredErrorFunc(nil, handler)
        defer {
            xmlSetStructuredErrorFunc(nil, nil)
            xmlSetExternalEntityLoader(previousLoader)
        }
        #expect(Job.violation.run() == nil)
        #expect(Job.parseTEI.run() == nil)
        #expect(unsafeBitCast(xmlGetExternalEntityLoader(), to: UnsafeRawPointer?.self) == unsafeBitCast(loader, to: UnsafeRawPointer?.self))
        #expect(unsafeBitCast(__xmlStructuredError().pointee, to: UnsafeRawPointer?.self) == unsafeBitCast(handler, to: UnsafeRawPointer?.self))
    }
}
