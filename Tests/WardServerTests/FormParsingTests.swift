import Foundation
import Testing
import WardCore

@testable import WardServer

@Suite struct FormParsingTests {
    @Test func multipartFormsGiveFieldsAndFiles() throws {
        let body = Array(
            ("--XyZ\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\ntoken123\r\n"
                + "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"restore test.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n%PDF-1.7\r\nbinary\r\n--XyZ--\r\n").utf8
        )
        #expect(MultipartForm.boundary(contentType: "multipart/form-data; boundary=XyZ") == "XyZ")
        #expect(MultipartForm.boundary(contentType: "application/x-www-form-urlencoded") == nil)
        let form = try MultipartForm(body, boundary: "XyZ")
        #expect(form["_csrf"] == "token123")
        let file = try #require(form.file("file"))
        #expect(file.fileName == "restore test.pdf")
        #expect(file.contentType == "application/pdf")
        #expect(String(decoding: file.content, as: UTF8.self) == "%PDF-1.7\r\nbinary")
    }

    @Test(arguments: [
        "", "--XyZ", "--XyZ\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nno end", "garbage without boundary",
    ])
    func malformedMultipartBodiesAreRefusedNotCrashed(body: String) {
        #expect(throws: WardError.self) { try MultipartForm(Array(body.utf8), boundary: "XyZ") }
    }

    @Test func answersCSVReadsQuotedFieldsAndNamesTheLineOfAnError() throws {
        let text =
            "requirement,status,notes,due_date\r\n1.S.A,implemented,\"Filtering, DMARC \"\"quarantine\"\"\",2027-01-31\r\n1.S.B,partial,\"two\nlines\",\n"
        let inputs = try AnswersCSV.parse(text, file: "a.csv")
        #expect(inputs.map(\.requirementID) == ["1.S.A", "1.S.B"])
        #expect(inputs[0].notes == "Filtering, DMARC \"quarantine\"")
        #expect(inputs[0].dueDate == "2027-01-31")
        #expect(inputs[1].notes == "two\nlines")
        do {
            _ = try AnswersCSV.parse("requirement,status\n1.S.A,implemented\n1.S.B,done\n", file: "b.csv")
            Issue.record("expected an error")
        } catch let error as WardError {
            #expect(error.location == "b.csv:3: status")
        }
        #expect(throws: WardError.self) { try AnswersCSV.parse("requirement,stat\n", file: "c.csv") }
    }
}

@Suite struct TemplateEscapingTests {
    @Test func aQuoteWithACombiningMarkIsStillEscaped() {
        let pages = Pages()
        let hostile = "x\"\u{0301} autofocus onfocus=alert(1) data-x=\""
        let html = pages.html("error", ["title": "t", "heading": "h", "message": hostile])
        #expect(!html.contains("\" autofocus"))
        let quoteWithMark = "\"\u{0301}"
        #expect(!html.contains(quoteWithMark))
        #expect(html.contains("&quot; autofocus"))
        #expect(Pages.escapable("café <b>") as? String == "café <b>")
    }
}
