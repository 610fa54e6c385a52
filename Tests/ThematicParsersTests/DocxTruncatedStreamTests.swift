import Foundation
import Testing
import ThematicTestSupport
@testable import ThematicParsers

/// A 1.3 KB `.docx` found by the fuzzer (CI's 3-second docx run) whose `word/document.xml` deflate
/// stream stops before its end: ZIPFoundation's inflate loop asked for more input forever, so
/// `thematic parse` hung. It must be a quick, located error.
@Suite("Word: a deflate stream that stops early")
struct DocxTruncatedStreamTests {
    static let hanging = Data(base64Encoded: "UEsDBBQAAAAIAHddZ1ekfNUHPwEAAL8DAAARABwAd29yZC9kb2N1bWVudC54bWxVVAkAA3KTSmVyk0pldXgLAAEE9QEAAAQUAAAArVPPT4MwGL3zVzQ9eKMF3BxBYIkaTfTgwXjwCLQDEtqSthvuv7ftnAPigUTTy3vfj9fX70vT7SfrwIFK1QqewRAFEFBeCdLyOoN7vfNjuM29dEiIqPaMcg1MA1fJkMFG6z7BWFUNZYVCoqfc5HZCskIbKms8CEl6KSqqlNFjHY6C4AazouUw9wAwqqUgRwsd6U/IYXnGjuk8SMxBAfD9q1rfAktDtA6DFNvsuLaUeNb7JhgFd+amJcWvLwh80KJBk2JLvi1Z2C/2fI2izcT1CkXrRa6fC0aVsc3Jkup3xhY61mU38mzYk2zJRK02gXvRgcFuebWJY4iX5p2FqaS9ZDaZ6kKnQ/xtQlmQXdh5D6Kcx5NtI2ttZ/kja+dIn2cGQKCEAcEBJCV+TND/99f2tT+eyxl3z9KhL56UwyDtMKhpB1ADjXMxfFin+TXMONDExFV83Rg7oNUOZ42CHTwwxQtE2CRan7xDh1fnPAyHnQsPcs+j5AD1pxpLrchidKcZcXpKgRfYIoip6Yns1TPDENGbCwdDv1tHE+eoMGcLoKQDcSLkfUS8JeEn/p1Nw7yS53DDqTXvZjXjf6BG3XCSpEsecBRV0E//qq4hWWRNQILlZMnDaVBkNsVOTewMB4NPx7YUytokhHByRAj33A3yG4k1+MQnsgVydZERdzLFjQyJsNCmVShu2xQMwgAGZpGfQoyQiDFa8zEofi7leooI+2UZppI8N7ZpSoIjWlfw/t5WWK+iiufdee1Ul9I3fw+TPTfv0cU9qKVXcUClldJsISBcXqPbiErZQUxeVYiB84JLxiBmx/5y1jJ7e79ZJpq2RM8eHPoaop+Fm7ydwT9Mb5I6oLEDpArO1i7DW9lqbpXq2D+6sxBlcl0IyadND/hnh1VFfCJnMQ0N9CcXvIgdyCRTa2iZ3M/5TqbhD9UCb9hN0mDNXGLVmv+lOldqpn6Kyllir2/ebzE+JeuVL6n1SrKS1UXfsb8tsV7sc8ZwhRVxeprLblNKX/hZNRRUy16DpsIClGFqwQ2UzU3AwUg+ZGyH6CHeGDR4VEiuN+y261pwZef++vff/pdhc95Sya9E0vIanAmaRuFABVdSVx+BdCBFeHRlbnNpb249InhtbCIgQ29udGVudFR5cGU9ImFwcGxpY2F0aW9uL3ZuZC5vcGVueG1sZm9ybWF0cy1vZmZpY2Vkb2N1bWVudC53b3JkcHJvY2Vzc2luZ21sLmRvY3VtZW50Lm1haW4reG1sIiAvPjxEZWZhdWx0IEV4dGVuc2lvbj0icmVscyIgQ29udGVudFR5cGU9ImFwcGxpY2F0aW9uL3ZuZC5vcGVueG1sZm9ybWF0cy1wYWNrYWdlLnJlbGF0aW9uc2hpcHMreG1sIiAvPjwvVHlwZXM+UEsBAh4DFAAAAAgAd11nV6R81Qc/AQAAvwMAABEAGAAAAAAAAQAAAKSBAAAAAHdvcmQvZG9jdW1lbnQueG1sVVQFAANyk0pldXgLAAEE9QEAAAQUAAAAUEsBAhQAFAAACAAAUkNLVxB3+e4qAQAAKgEAAAsAAAAAAAAAAAAAAAAAdv7//6CFZWxzLy5yZWxzUEsBAhQAFAAACAAAUkNLV98bAldaAQAAWgEAABMAAAAAAAAAAAAAAAAA3QIAAFtDb250ZW50X1R5cGVzXS54bWxQSwUGAAAAAAMAAwDRAAAAaAQAAAAA")!

    @Test("is refused with a message, not a hang")
    func refused() {
        let started = Date()
        #expect {
            _ = try DocxParser().parse(ParserInput(file: "hang.docx", bytes: Self.hanging), options: ParserOptions())
        } throws: { error in
            "\(error)".contains("cannot be unpacked")
        }
        #expect(Date().timeIntervalSince(started) < 30)
    }

    @Test("the entry's bytes are found through the central directory of a real document")
    func locatesRealEntry() throws {
        let bytes = try Data(contentsOf: URL(fileURLWithPath: TestPaths.external("docx/reem_interview1_de_I-B_labels.docx")))
        let located = try #require(ZIPEntryData(named: "word/document.xml", in: bytes))
        #expect(located.method == 8)
        #expect(located.compressed.upperBound <= bytes.count && !located.compressed.isEmpty)
        #expect(ZIPEntryData(named: "word/no-such-part.xml", in: bytes) == nil)
        #expect(ZIPEntryData(named: "word/document.xml", in: Data("not a zip".utf8)) == nil)
    }
}
