import Foundation
import Testing
import WardCore

@testable import WardScanner

/// Ward's exposure rules: well formed, and matching what they say.
@Suite struct ExposureRuleTests {
    @Test func everyRuleIsCompleteAndUnique() {
        let rules = ExposureRule.bundled
        #expect(Set(rules.map(\.id)).count == rules.count)
        for rule in rules {
            #expect(rule.id.hasPrefix("exposure."))
            #expect(!rule.title.isEmpty && rule.why.count > 40 && rule.remediation.count > 20, "\(rule.id)")
            #expect(!rule.hicpPractices.isEmpty && rule.hicpPractices.allSatisfy { (1...10).contains(Int($0) ?? 0) })
            #expect(
                !rule.hphGoals.isEmpty
                    && rule.hphGoals.allSatisfy {
                        $0.range(of: #"^[EX]([1-9]|10)$"#, options: .regularExpression) != nil
                    },
                "\(rule.id)"
            )
        }
    }

    @Test func portsAndFactsMatchTheirRules() {
        let services = [
            ObservedService(port: 3389, state: .open),
            ObservedService(port: 445, state: .closed),
            ObservedService(port: 11112, state: .open, facts: ["dicom.accepts_any_caller": "true"]),
            ObservedService(port: 104, state: .open, facts: ["dicom.accepts_any_caller": "false"]),
            ObservedService(port: 6379, state: .open, facts: ["redis.unauthenticated": "true"]),
            // Found by their greeting or handshake on ports other than their usual ones.
            ObservedService(port: 2323, state: .open, facts: ["service": "telnet"]),
            ObservedService(port: 13306, state: .open, facts: ["service": "mysql"]),
            ObservedService(port: 8042, state: .open, facts: ["orthanc.unauthenticated": "true", "service": "http"]),
            ObservedService(port: 8043, state: .open, facts: ["dicomweb.unauthenticated": "false"]),
            ObservedService(port: 8080, state: .open, facts: ["fhir.security_declared": "false"]),
            ObservedService(port: 8081, state: .open, facts: ["fhir.security_declared": "true"]),
            ObservedService(port: 13389, state: .open, facts: ["service": "rdp", "rdp.nla_required": "false"]),
            ObservedService(port: 5901, state: .open, facts: ["vnc.unauthenticated": "false"]),
        ]
        let matches = ExposureRule.evaluate(services).map { "\($0.rule.id)@\($0.port)" }.sorted()
        #expect(
            matches == [
                "exposure.database@13306", "exposure.database@6379", "exposure.dicom-any-caller@11112",
                "exposure.fhir-no-security@8080", "exposure.pacs-api-open@8042", "exposure.rdp-no-nla@13389",
                "exposure.rdp@13389", "exposure.rdp@3389", "exposure.redis-no-auth@6379", "exposure.telnet@2323",
                "exposure.vnc@5901",
            ]
        )
        #expect(ExposureRule.bundled.first { $0.id == "exposure.redis-no-auth" }?.severity == .critical)
    }
}
