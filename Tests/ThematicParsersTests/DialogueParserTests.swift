import Foundation
import Testing
import ThematicModel
@testable import ThematicParsers

@Suite("Dialogue text parser")
struct DialogueParserTests {
    static let externalFiles: [ExternalExpectation] = [
        ExternalExpectation("plaintext/changelog_podcast/brain-science-2.md", .plainText, speakers: ["Mireille B. Reece, Psy.D", "Adam Stacoviak"], utterances: 72,
                            first: .init("Mireille B. Reece, Psy.D", "My husband has often said, as we parent, more of the challen…", nil, nil),
                            last: .init("Mireille B. Reece, Psy.D", "Touché, touché.", nil, nil), durationMS: 1454000),
        ExternalExpectation("plaintext/changelog_podcast/founders-talk-60.md", .plainText, speakers: ["Adam Stacoviak", "Travis Kimmel", "Break"], utterances: 137,
                            first: .init("Adam Stacoviak", "For the final show of 2018 I’m talking with Travis Kimmel, t…", nil, nil),
                            last: .init("Travis Kimmel", "I appreciate the invitation.", nil, nil), durationMS: 5043090),
        ExternalExpectation("plaintext/changelog_podcast/founders-talk-63.md", .plainText, speakers: ["Adam Stacoviak", "Austen Allred", "Break"], utterances: 130,
                            first: .init("Adam Stacoviak", "Austin, let's start with how you got to Silicon Valley. I un…", nil, nil),
                            last: .init("Austen Allred", "Awesome. Well, thank you, and thanks for taking the time.", nil, nil), durationMS: 2075000),
        ExternalExpectation("plaintext/diarized_asr/episode007_assemblyai.bracket-ts.md", .plainText, speakers: ["SPEAKER_00", "SPEAKER_01"], utterances: 110,
                            first: .init("SPEAKER_00", "So, hello.", 1000, 2000),
                            last: .init("SPEAKER_01", "Thank you. You too.", 952000, nil), durationMS: 952000),
        ExternalExpectation("plaintext/diarized_asr/episode007_assemblyai.speaker-colon.txt", .plainText, speakers: ["SPEAKER_00", "SPEAKER_01"], utterances: 110,
                            first: .init("SPEAKER_00", "So, hello.", nil, nil),
                            last: .init("SPEAKER_01", "Thank you. You too.", nil, nil), durationMS: nil),
        ExternalExpectation("plaintext/diarized_asr/episode007_whisperx.bracket-ts.md", .plainText, speakers: ["SPEAKER_01", "SPEAKER_00"], utterances: 224,
                            first: .init("SPEAKER_01", "So, hello.", 600, 1900),
                            last: .init("SPEAKER_00", "You too.", 953000, nil), durationMS: 953000),
        ExternalExpectation("plaintext/interviewer_interviewee/mlss_interview_10.txt", .plainText, speakers: ["interviewee", "interviewer"], utterances: 239,
                            first: .init("interviewee", "Thanks. This meeting is being recorded.", nil, nil),
                            last: .init("interviewer", "All right, cool. All right. Bye, Bill. Have a good day. Bye.", nil, nil), durationMS: nil),
        ExternalExpectation("plaintext/interviewer_interviewee/mlss_interview_2.txt", .plainText, speakers: ["Interviewer1", "Interviewee1", "Interviewer2", "Interviewer2 2"], utterances: 89,
                            first: .init("Interviewer1", "OK donc en gros, les objectifs de l'entrevue, c'est de faire…", nil, nil),
                            last: .init("Interviewee1", "…echerche. J'espère vous avoir été utile.", nil, nil), durationMS: nil),
        ExternalExpectation("plaintext/interviewer_interviewee/mlss_interview_6.txt", .plainText, speakers: ["Interviewer1", "Interviewee", "Interviewer3", "Interviewer2"], utterances: 223,
                            first: .init("Interviewer1", "Alright. So I'll do a quick description of the objective of …", nil, nil),
                            last: .init("Interviewer1", "much. Thank you. All right. Thank you, Sam. Bye.", nil, nil), durationMS: 3420000),  // the last time in the file is `[00:57:00]`, mid-turn
        ExternalExpectation("plaintext/interviewer_interviewee/mlss_interview_7.txt", .plainText, speakers: ["Interviewer1", "Interviewee", "Interviewer2", "Interviewer 3"], utterances: 72,
                            first: .init("Interviewer1", "Okay. Uh, so I'll start the quick overview of the objective …", nil, nil),
                            last: .init("Interviewer1", "…. Yeah. Yeah. True. bye. Bye. All right.", nil, nil), durationMS: nil),
        ExternalExpectation("plaintext/otter_style/ladybug_05-bracket-timestamps.md", .plainText, speakers: ["Emma", "Kelly", "Ali", "Lindsey"], utterances: 106,
                            first: .init("Emma", "Today we&#39;re talking about ourselves. Since y&#39;all don…", 0, 18000),
                            last: .init("Emma", "…tening, and we&#39;ll see you next week.", 2200000, nil), durationMS: 2200000),
        ExternalExpectation("plaintext/otter_style/ladybug_59-21-trends-2021.bold-names-hour-rollover.md", .otter, speakers: ["Sidney", "Kelly", "Unknown Speaker", "Ali", "Emma"], utterances: 215,
                            first: .init("Sidney", "Season Five is finally here. And I am so excited to say that…", 0, 45000),
                            last: .init("Sidney", "…bug podcast and we'll see you next week.", 4064000, nil), durationMS: 4064000),
        ExternalExpectation("plaintext/otter_style/ladybug_60-nextjs.otter.txt", .otter, speakers: ["Ali", "Kelly", "Unknown Speaker", "Emma", "Sidney"], utterances: 148,
                            first: .init("Ali", "One of the new hottest technologies in the front end ecosyst…", 0, 18000),
                            last: .init("Sidney", "…bug podcast and we'll see you next week.", 2529000, nil), durationMS: 2529000),
        ExternalExpectation("plaintext/otter_style/ladybug_67-cryptography.otter.txt", .otter, speakers: ["Emma", "Kelly", "Ali", "Unknown Speaker"], utterances: 122,
                            first: .init("Emma", "cryptography is the method of protecting information and com…", 0, 22000),
                            last: .init("Emma", "… with that, hope y'all have a great day.", 2065000, nil), durationMS: 2065000),
        ExternalExpectation("plaintext/qualcoder_transcript_bracket_ids.txt", .plainText, speakers: ["id1", "id2", "id3"], utterances: 7,
                            first: .init("id1", "hello, I like the course. It really helped me with understan…", nil, nil),
                            last: .init("id2", "Hmm, I will ask the tutor for more help as I am really struggling.", nil, nil), durationMS: nil),
        ExternalExpectation("plaintext/rev_style_padded/qc_demo_admin-1.txt", .plainText, speakers: ["Automation", "Max Bigman", "admin-1"], utterances: 86,
                            first: .init("Automation", "This call is now being recorded.", nil, nil),
                            last: .init("admin-1", "Uh-huh (affirmative). Bye.", nil, nil), durationMS: nil),
        ExternalExpectation("plaintext/rev_style_padded/qc_demo_board_2017.txt", .plainText, speakers: ["Speaker 1", "Speaker 2", "Alfeck", "Committee 1", "Committee 2", "John", "Malika", "Jessica", "Tom", "Com 7", "Chris", "Suzanne", "Ivanika", "Robbie", "Speaker 3", "Speaker 4", "Mr. Dabor", "Speaker 5", "Mr. Dauber", "Speaker 6", "Speaker 7", "Speaker 8", "Speaker 9", "Speaker 10", "Speaker 11", "Speaker 12", "Speaker 13", "Speaker 14", "Speaker 15", "Speaker 16", "Suess", "Speaker 17", "Ms. Ofek", "Moderator", "Speaker 18", "Mr. Tyeri", "Speaker 19", "Speaker 20", "Speaker 21", "Speaker 22", "Speaker 23"], utterances: 131,
                            first: .init("Speaker 1", "Thank you. Let's move on to the preK-12 computer science curriculum.", nil, nil),
                            last: .init("Moderator", "So colleagues, we might be-", nil, nil), durationMS: nil),
        ExternalExpectation("plaintext/simple_exmaralda/Input-correct-from-Spec.txt", .plainText, speakers: ["TOM", "TIM", "TIMOTHEUS", "KIM", "WIM"], utterances: 24,
                            first: .init("TOM", ".....", nil, nil),
                            last: .init("TIM", "[winkt] <Hallo>1>, Tom. {Salut, Tom!}", nil, nil), durationMS: nil),
        ExternalExpectation("plaintext/simple_exmaralda/Input-correct-header-1.txt", .plainText, speakers: ["TOM", "TIM", "WIM", "WUM", "KIM"], utterances: 17,
                            first: .init("TOM", "Hallo, Tim!", nil, nil),
                            last: .init("TIM", "…Stimmt. Wie geht's Dir? {Comment ça va?}", nil, nil), durationMS: nil),
        ExternalExpectation("plaintext/simple_exmaralda/Input-correct.txt", .plainText, speakers: ["TOM", "TIM", "WIM", "WUM", "KIM"], utterances: 17,
                            first: .init("TOM", "Hallo, Tim!", nil, nil),
                            last: .init("TIM", "…Stimmt. Wie geht's Dir? {Comment ça va?}", nil, nil), durationMS: nil),
        ExternalExpectation("plaintext/speach_transcript_human.tab.tsv", .plainText, speakers: ["Speaker 3", "Speaker 1", "Speaker 2"], utterances: 9,
                            first: .init("Speaker 3", "Okay let's do this", 60350, 62160),
                            last: .init("Speaker 3", "That's it, I hope it works", 147170, 149990), durationMS: 149990),
        ExternalExpectation("plaintext/zoom_GMT20240124-202901_RecordingnewChat.txt", .plainText, speakers: ["Ryan Sloan", "Dr. Melissa Ko", "Khalilah Beal-Uribe", "Shreeharsh Kelkar"], utterances: 12,
                            first: .init("Ryan Sloan", "Let’s try to stay muted unless speaking up, just to reduce echo", 316000, 675000),
                            last: .init("Ryan Sloan", "interesting — voice isn’t being picked up", 909000, nil), durationMS: 909000),
    ]

    @Test("real plain-text transcripts", arguments: externalFiles)
    func realFile(_ expected: ExternalExpectation) throws {
        try ExternalTranscripts.check(expected)
    }

    @Test("the Simple-EXMARaLDA negative test is rejected at the mark that breaks the rule")
    func badOverlapMark() {
        // Line 17 is `TIM: [winkt] Hi<Hallo>2> Tom. …`; line 16 already gave TIM the mark 2.
        ExternalTranscripts.expectRejected("plaintext/simple_exmaralda/Input-bad-mark-2.txt", line: 17, column: 16,
                                           saying: ["overlap mark 2", "line 16"])
    }

    @Test("speakers differing in case or spacing are one (Input-correct-from-Spec: TOM and tom)")
    func caseInsensitiveSpeakers() throws {
        let transcript = try ExternalTranscripts.read("plaintext/simple_exmaralda/Input-correct-from-Spec.txt").transcript
        // `grep -ci "^tom:"` counts 12 lines: 10 written TOM, 2 written tom.
        #expect(transcript.utterances.filter { $0.speakerID == "TOM" }.count == 12)
        #expect(!transcript.speakers.contains { $0.id == "tom" })
    }

    @Test("the YAML header of Input-correct-header-1 becomes metadata")
    func yamlHeader() throws {
        let transcript = try ExternalTranscripts.read("plaintext/simple_exmaralda/Input-correct-header-1.txt").transcript
        #expect(transcript.metadata["language"] == "en")
        #expect(transcript.metadata["offset"] == "1.0e1")
    }

    @Test("mid-text times are annotations, not words (mlss_interview_6 line 190)")
    func midTextTimes() throws {
        let transcript = try ExternalTranscripts.read("plaintext/interviewer_interviewee/mlss_interview_6.txt").transcript
        let first = try #require(transcript.annotations.first)
        #expect(first.kind == "time" && first.text == "[00:19:00]" && first.start?.milliseconds == 1_140_000)
        #expect(first.location?.line == 190)
        #expect(!transcript.text.contains("[00:19:00]"))
    }

    // MARK: - Golden tests

    struct Golden: Sendable, CustomTestStringConvertible {
        var name: String
        var input: String
        var expected: [String]
        var testDescription: String { name }
    }

    static let goldens: [Golden] = [
        Golden(name: "label styles", input: """
            Interviewer 1: Hello there.
            Interviewer1 : Same speaker.
            INTERVIEWER: Another one.
            **Dr. Melissa Ko:** Bold label.
            **Name**: Bold name, colon outside.
            Mireille B. Reece, Psy.D: Credentials.
            SPEAKER_01: Diarised.
            I: Short.
            R: Reply.
            P01: Participant.
            """, expected: [
                "Interviewer 1: Hello there. @-–-", "Interviewer 1: Same speaker. @-–-", "INTERVIEWER: Another one. @-–-",
                "Dr. Melissa Ko: Bold label. @-–-", "Name: Bold name, colon outside. @-–-",
                "Mireille B. Reece, Psy.D: Credentials. @-–-", "SPEAKER_01: Diarised. @-–-", "I: Short. @-–-",
                "R: Reply. @-–-", "P01: Participant. @-–-",
            ]),
        Golden(name: "timestamp styles", input: """
            [00:01:23] I: Square brackets.
            (00:01:30) R: Parentheses.
            [1:40] I: Short form.
            #00:01:50.4# R: f4 style.
            \\[02:00\\] I: Escaped Markdown.
            {00:02:10} R: Braces.
            I: Time after the label. #00:02:30-5#
            [00:02:40]
            R: Time alone on the line before.
            Speaker 1 (00:03:00): Rev style, the time inside the label.
            00:03:30 R: A bare time before the label.
            10:45 is when we met, a sentence that starts with a time.
            """, expected: [
                "I: Square brackets. @83000–90000", "R: Parentheses. @90000–100000", "I: Short form. @100000–110400",
                "R: f4 style. @110400–120000", "I: Escaped Markdown. @120000–130000", "R: Braces. @130000–160000",
                "I: Time after the label. @-–150500", "R: Time alone on the line before. @160000–180000",
                "Speaker 1: Rev style, the time inside the label. @180000–210000",
                "R: A bare time before the label. 10:45 is when we met, a sentence that starts with a time. @210000–-",
            ]),
        Golden(name: "continuations, a colon mid-sentence, blank lines", input: """
            Interviewer: A question that is
              hard-wrapped and indented.

            Participant: An answer. He said: no.
            Then the note: it goes on here.

            A second paragraph of the answer.
            """, expected: [
                "Interviewer: A question that is hard-wrapped and indented. @-–-",
                "Participant: An answer. He said: no. Then the note: it goes on here. A second paragraph of the answer. @-–-",
            ]),
        Golden(name: "header block, bracket labels", input: """
            Title: Focus group 3
            Date: 2024-05-01

            [Ana] First.
            [Ben] Second.
            """, expected: ["Ana: First. @-–-", "Ben: Second. @-–-"]),
        Golden(name: "Otter export", input: """
            Unknown Speaker  0:03
            Hello.

            Ali  59:58
            Long answer,
            two lines.

            Ali  1:00:02
            Past the hour.

            Transcribed by https://otter.ai
            """, expected: [
                "Unknown Speaker: Hello. @3000–3598000", "Ali: Long answer, two lines. @3598000–3602000",
                "Ali: Past the hour. @3602000–-",
            ]),
        Golden(name: "tab-separated rows", input: "Speaker 1\t00:00:01.000\t00:00:02.500\t00:00:01.500\tHi\n00:00:05\tAna B:\tHello\n",
               expected: ["Speaker 1: Hi @1000–2500", "Ana B: Hello @5000–-"]),
        Golden(name: "a paragraph opening with a time continues the speaker as a new utterance", input: """
            **SPEAKER_01:**
            [0.6s] So, hello.
            [1.9s] Hello, Bob.
            """, expected: ["SPEAKER_01: So, hello. @600–1900", "SPEAKER_01: Hello, Bob. @1900–-"]),
    ]

    @Test("golden dialogue inputs", arguments: goldens)
    func golden(_ golden: Golden) throws {
        let result = try ExternalTranscripts.parse(golden.input, file: "golden.txt", with: DialogueParser())
        #expect(ExternalTranscripts.golden(result.transcript) == golden.expected)
        ExternalTranscripts.expectCanonical(result.transcript)
    }

    @Test("golden spans: label and content offsets in Unicode scalars")
    func goldenSpans() throws {
        let text = "---\ntitle: x\n---\n[00:00:01] Zoë: Grüß 😀\n  dich\r\nP01:\tok\n"
        let transcript = try ExternalTranscripts.parse(text, file: "s.txt", with: DialogueParser()).transcript
        // `Zoë` is 3 scalars, `Grüß 😀 dich` 11 (the emoji is one scalar), the LF one.
        #expect(transcript.text == "Zoë: Grüß 😀 dich\nP01: ok\n")
        #expect(transcript.utterances.map(\.labelSpan) == [TextSpan(start: 0, end: 3), TextSpan(start: 17, end: 20)])
        #expect(transcript.utterances.map(\.span) == [TextSpan(start: 5, end: 16), TextSpan(start: 22, end: 24)])
        #expect(transcript.utterances.map(\.location) == [SourceLocation(file: "s.txt", line: 4, column: 12),
                                                           SourceLocation(file: "s.txt", line: 6, column: 1)])
    }

    @Test("the header block is metadata only when it names circumstances, not speakers")
    func headerBlockOrTurns() throws {
        let header = try ExternalTranscripts.parse("Title: T\nInterviewer: Dr. Okafor\n\nI: Hi.\n", file: "a.txt", with: DialogueParser())
        #expect(header.transcript.metadata == ["title": "T", "interviewer": "Dr. Okafor"])
        #expect(header.transcript.utterances.count == 1)
        let turns = try ExternalTranscripts.parse("Interviewer: Hello.\nParticipant: Hi.\n\nInterviewer: So.\n", file: "b.txt", with: DialogueParser())
        #expect(turns.transcript.metadata.isEmpty)
        #expect(turns.transcript.utterances.count == 3)
    }

    @Test("default roles from labels")
    func defaultRoles() throws {
        let text = "Q: a\nInt: b\nInterviewer 2: c\nDolmetscher: d\nTranslator: e\nP: f\n"
        let transcript = try ExternalTranscripts.parse(text, file: "r.txt", with: DialogueParser()).transcript
        #expect(transcript.speakers.map(\.role) == [.interviewer, .interviewer, .interviewer, .interpreter, .interpreter, .participant])
        let chosen = try ExternalTranscripts.parse(text, file: "r.txt", with: DialogueParser(),
                                                   options: ParserOptions(roles: ["p": .interpreter])).transcript
        #expect(chosen.speakers.last?.role == .interpreter)
    }

    @Test("front matter that never closes is an error at its opening line")
    func unclosedFrontMatter() {
        #expect(throws: ParseError.malformed(message: "front matter opened with '---' is never closed",
                                             at: SourceLocation(file: "f.txt", line: 2))) {
            try ExternalTranscripts.parse("\n---\ntitle: x\nI: hi\n", file: "f.txt", with: DialogueParser())
        }
    }

    static func utf16(_ text: String, bigEndian: Bool) -> [UInt8] {
        var bytes: [UInt8] = bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]
        for unit in text.utf16 {
            let (high, low) = (UInt8(unit >> 8), UInt8(unit & 0xFF))
            bytes += bigEndian ? [high, low] : [low, high]
        }
        return bytes
    }

    static let encoded: [(String, [UInt8])] = [
        ("UTF-8 BOM, CRLF", [0xEF, 0xBB, 0xBF] + Array("I: Grüß\r\n  dich\r\nR: 😀 ok\r\n".utf8)),
        ("UTF-16LE BOM, CR", utf16("I: Grüß\r  dich\rR: 😀 ok\r", bigEndian: false)),
        ("UTF-16BE BOM, LF", utf16("I: Grüß\n  dich\nR: 😀 ok\n", bigEndian: true)),
    ]

    @Test("encodings and line endings do not move positions", arguments: encoded)
    func encodings(_ name: String, _ bytes: [UInt8]) throws {
        let result = try DialogueParser().parse(ParserInput(file: "e.txt", bytes: Data(bytes)), options: ParserOptions())
        #expect(result.transcript.text == "I: Grüß dich\nR: 😀 ok\n")
        #expect(result.transcript.utterances.map(\.location.line) == [1, 3])
        ExternalTranscripts.expectCanonical(result.transcript)
    }

    @Test("Windows-1252 is read with a warning")
    func legacyEncoding() throws {
        let bytes: [UInt8] = Array("I: caf".utf8) + [0xE9] + Array("\n".utf8)
        let result = try DialogueParser().parse(ParserInput(file: "w.txt", bytes: Data(bytes)), options: ParserOptions())
        #expect(result.transcript.text == "I: café\n")
        #expect(result.warnings.count == 1)
    }
}
