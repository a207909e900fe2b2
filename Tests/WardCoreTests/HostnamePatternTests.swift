import Foundation
import Testing

@testable import WardCore

@Suite struct HostnamePatternTests {
    @Test(arguments: [
        ("ehr.clinic.example", "ehr.clinic.example"),
        ("EHR.Clinic.Example", "ehr.clinic.example"),
        ("ehr.clinic.example.", "ehr.clinic.example"),
        (" Ehr.Clinic.Example. ", "ehr.clinic.example"),
        ("localhost", "localhost"),
        ("a-b.c-d.example", "a-b.c-d.example"),
        ("xn--bcher-kva.example", "xn--bcher-kva.example"),
        ("host1.10.example", "host1.10.example"),
        ("123.example", "123.example"),
        ("a.b1", "a.b1"),
    ])
    func normalizesHostnames(text: String, normalized: String) throws {
        let hostname = try Hostname(text)
        #expect(hostname.name == normalized)
        #expect(hostname.description == normalized)
    }

    @Test func acceptsTheLongestLabelsAndNames() throws {
        let label63 = String(repeating: "a", count: 63)
        #expect(try Hostname("\(label63).example").labels.first?.count == 63)
        // Four labels of 61 characters and three dots make 247; one more label of five makes 253.
        let label61 = String(repeating: "b", count: 61)
        let name253 = [label61, label61, label61, label61, "abcde"].joined(separator: ".")
        #expect(name253.count == 253)
        #expect(try Hostname(name253).name == name253)
        #expect(try Hostname(name253 + ".").name == name253)
    }

    @Test(arguments: [
        ("", "empty"),
        (".", "empty"),
        ("a..b", "empty label"),
        (".a.example", "empty label"),
        ("a.example..", "empty label"),
        ("-a.example", "starts or ends with a hyphen"),
        ("a-.example", "starts or ends with a hyphen"),
        ("a_b.example", "'_' is not allowed"),
        ("a b.example", "' ' is not allowed"),
        ("a*.example", "'*' is not allowed"),
        ("bücher.example", "xn--"),
        ("10.0.0.1", "looks like an IP address"),
        ("host.123", "looks like an IP address"),
    ])
    func rejectsBadHostnames(text: String, fragment: String) {
        let error = #expect(throws: WardError.self) { try Hostname(text) }
        #expect(error?.code == .invalidInput)
        #expect(error?.message.contains(fragment) == true, "\(error?.message ?? "no error")")
    }

    @Test func rejectsOverlongLabelsAndNames() {
        let label64 = String(repeating: "a", count: 64)
        let labelError = #expect(throws: WardError.self) { try Hostname("\(label64).example") }
        #expect(labelError?.message.contains("at most 63") == true)

        let label61 = String(repeating: "b", count: 61)
        let name254 = [label61, label61, label61, label61, "abcdef"].joined(separator: ".")
        let nameError = #expect(throws: WardError.self) { try Hostname(name254) }
        #expect(nameError?.message.contains("254 characters long") == true)
        #expect(nameError?.message.contains("at most 253") == true)
    }

    @Test(arguments: [
        ("ehr.clinic.example", true),
        ("pacs.radiology.clinic.example", true),
        ("a.b.c.d.clinic.example", true),
        ("EHR.Clinic.Example.", true),
        ("clinic.example", false),
        ("clinic.example.", false),
        ("otherclinic.example", false),
        ("ehr.otherclinic.example", false),
        ("clinic.example.attacker.example", false),
        ("example", false),
        ("", false),
        ("bad_name.clinic.example", false),
    ])
    func wildcardMatchesSubdomainsAtAnyDepthButNotTheApex(hostname: String, expected: Bool) throws {
        #expect(try HostnamePattern("*.clinic.example").matches(hostname) == expected)
    }

    @Test(arguments: [
        ("ehr.clinic.example", true),
        ("EHR.CLINIC.EXAMPLE.", true),
        ("x.ehr.clinic.example", false),
        ("clinic.example", false),
        ("ehr.clinic.example.org", false),
    ])
    func exactPatternMatchesOnlyTheName(hostname: String, expected: Bool) throws {
        #expect(try HostnamePattern("ehr.clinic.example").matches(hostname) == expected)
    }

    @Test func parsesPatterns() throws {
        let wildcard = try HostnamePattern("*.Clinic.Example.")
        #expect(wildcard.isWildcard)
        #expect(wildcard.domain.name == "clinic.example")
        #expect(wildcard.description == "*.clinic.example")
        #expect(try HostnamePattern(wildcard.description) == wildcard)

        let exact = try HostnamePattern("EHR.clinic.example")
        #expect(!exact.isWildcard)
        #expect(exact.description == "ehr.clinic.example")

        #expect(try HostnamePattern("*.local").matches("printer.local"))
        #expect(try HostnamePattern("*.clinic.example").matches(Hostname("ehr.clinic.example")))
    }

    @Test(arguments: [
        ("*", "every host name"),
        ("*.", "every host name"),
        ("*.*.clinic.example", "wrong place"),
        ("a.*.clinic.example", "wrong place"),
        ("*ehr.clinic.example", "wrong place"),
        ("**.clinic.example", "wrong place"),
        ("*.clinic.example*", "wrong place"),
        ("*.-clinic.example", "hyphen"),
        ("*..example", "empty label"),
        ("*.10.0.0.1", "IP address"),
    ])
    func rejectsBadPatterns(text: String, fragment: String) {
        let error = #expect(throws: WardError.self) { try HostnamePattern(text) }
        #expect(error?.code == .invalidInput)
        #expect(error?.message.contains(fragment) == true, "\(error?.message ?? "no error")")
    }

    @Test func codesAsAString() throws {
        let patterns = try ["*.clinic.example", "ehr.clinic.example"].map(HostnamePattern.init)
        let data = try JSONEncoder().encode(patterns)
        #expect(String(decoding: data, as: UTF8.self) == #"["*.clinic.example","ehr.clinic.example"]"#)
        #expect(try JSONDecoder().decode([HostnamePattern].self, from: data) == patterns)
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode([HostnamePattern].self, from: Data(#"["a.*.example"]"#.utf8))
        }
    }
}
