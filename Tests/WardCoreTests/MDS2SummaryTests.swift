import Testing
import WardCore

/// MDS2 answers given as text (the command line's `--mds2 QUESTION=ANSWER`).
@Suite struct MDS2SummaryTests {
    @Test func keyQuestionsTakeYesNoOrUnknownAndOthersAreKeptAsWritten() throws {
        var summary = MDS2Summary(customerMayPatch: false, otherAnswers: ["ALOF-1": "yes"])
        try summary.set("malware=yes", location: "--mds2")
        try summary.set("Encrypts-At-Rest = NO", location: "--mds2")
        try summary.set("customer_patch=unknown", location: "--mds2")
        try summary.set("MPII-2=no", location: "--mds2")
        try summary.set("ALOF-1=", location: "--mds2")
        #expect(summary.malwareProtection == true && summary.encryptsDataAtRest == false)
        #expect(summary.customerMayPatch == nil, "unknown clears an answer")
        #expect(summary.otherAnswers == ["MPII-2": "no"], "an empty answer removes another question")
        #expect(MDS2Summary.keyQuestions.count == 6 && Set(MDS2Summary.keyQuestions.map(\.key)).count == 6)
    }

    @Test(arguments: ["malware=maybe", "no equals sign", "=yes"])
    func badAnswersNameTheInput(_ text: String) {
        var summary = MDS2Summary()
        let error = #expect(throws: WardError.self) { try summary.set(text, location: "--mds2") }
        #expect(error?.location == "--mds2" && error?.code == .invalidInput)
        #expect(summary == MDS2Summary(), "nothing changed")
    }
}
