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
        ]
        let matches = ExposureRule.evaluate(services).map { "\($0.rule.id)@\($0.port)" }.sorted()
        #expect(
            matches == [
                "exposure.database@6379", "exposure.dicom-any-caller@11112", "exposure.rdp@3389",
                "exposure.redis-no-auth@6379",
            ]
        )
        #expect(ExposureRule.bundled.first { $0.id == "exposure.redis-no-auth" }?.severity == .critical)
    }
}
