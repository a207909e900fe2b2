import Foundation
import Testing
import WardCore
import WardIntel
import WardTesting

@Suite struct PrioritizerTests {
    static let firstSeen = Date(timeIntervalSince1970: 1_767_225_600)  // 2026-01-01T00:00:00Z

    static func cvss(_ vector: String, _ score: Double) -> NVDMetrics.CVSSData {
        NVDMetrics.CVSSData(version: "3.1", vectorString: vector, baseScore: score, baseSeverity: nil)
    }

    static let kev = KEVEntry(
        cveID: "CVE-2021-44228",
        vendorProject: "Apache",
        product: "Log4j2",
        vulnerabilityName: "Log4Shell",
        dateAdded: "2021-12-10",
        shortDescription: "",
        requiredAction: "",
        dueDate: "2021-12-24",
        knownRansomwareCampaignUse: "Known"
    )

    @Test func exploitedRansomwareOnALifeSustainingDeviceIsActWithTheKEVDueDate() throws {
        let vulnerability = Prioritizer.Vulnerability(
            cve: "CVE-2021-44228",
            kev: Self.kev,
            cvss3: Self.cvss("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H", 10)
        )
        let result = Prioritizer().prioritize(
            vulnerability,
            on: .init(criticality: .lifeSustaining),
            firstSeen: Self.firstSeen
        )
        #expect(result.decision == .act)
        #expect(result.severity == .critical)
        #expect(result.ransomware)
        #expect(result.dueDateReason == "CISA's KEV due date 2021-12-24")
        #expect(result.dueDate == ISO8601DateFormatter().date(from: "2021-12-24T23:59:59Z"))
        #expect(result.reasons.contains { $0.contains("KEV on 2021-12-10") && $0.contains("ransomware") })
        #expect(result.reasons.contains { $0.contains("life-sustaining") })
        // The same vulnerability on a workstation with no patient data: Attend, not Act.
        let office = Prioritizer().prioritize(vulnerability, on: .init(criticality: .other), firstSeen: Self.firstSeen)
        #expect(office.decision == .attend)
    }

    @Test(.enabled(if: SharedData.enabled, SharedData.skipMessage))
    func cisaSSVCPointsFromCVE5ComeFirst() throws {
        let url = try SharedData.url("cve5/CVE-2019-19781.json")
        let record = try CVERecord.read(try IntelDocument.read(contentsOf: url), file: url.lastPathComponent)
        let vulnerability = Prioritizer.Vulnerability(cve: record.id, cvss3: record.cvss3, ssvc: record.ssvcOptions)
        let result = Prioritizer().prioritize(
            vulnerability,
            on: .init(criticality: .diagnostic),
            firstSeen: Self.firstSeen
        )
        #expect(result.points.exploitation == .active)
        #expect(result.points.automatable == .yes && result.points.technicalImpact == .total)
        #expect(result.decision == .act)
        #expect(result.reasons.filter { $0.contains("CISA's SSVC assessment") }.count == 3)
        // Not in KEV here, so the clock is the policy's: 15 days for critical.
        #expect(result.dueDate == Self.firstSeen.addingTimeInterval(15 * 86_400))
    }

    @Test func unexploitedBugsStayOnTheScheduleWithThePolicysClock() throws {
        // CVE-2022-25640 (wolfSSL): network, no privileges, integrity only; EPSS low.
        let vulnerability = Prioritizer.Vulnerability(
            cve: "CVE-2022-25640",
            epss: EPSSScores.Score(probability: 0.004, percentile: 0.6),
            cvss3: Self.cvss("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:H/A:N", 7.5)
        )
        let policy = RemediationPolicy(criticalDays: 7, highDays: 21)
        let result = Prioritizer(policy: policy).prioritize(
            vulnerability,
            on: .init(criticality: .lifeSupporting),
            firstSeen: Self.firstSeen
        )
        #expect(result.points.exploitation == .none && result.points.automatable == .yes)
        #expect(result.points.technicalImpact == .partial && result.points.wellBeing == .high)
        #expect(result.decision == .track)
        #expect(result.severity == .high)
        #expect(result.dueDate == Self.firstSeen.addingTimeInterval(21 * 86_400))
        #expect(result.reasons.contains { $0.contains("EPSS gives 0.4%") })
        // A high EPSS makes the same bug likely to be exploited.
        var likely = vulnerability
        likely.epss = EPSSScores.Score(probability: 0.42, percentile: 0.97)
        let raised = Prioritizer().prioritize(
            likely,
            on: .init(criticality: .lifeSupporting),
            firstSeen: Self.firstSeen
        )
        #expect(raised.points.exploitation == .poc)
        #expect(raised.decision == .attend)
    }

    /// More exploitation, automation, impact or patient risk never makes a decision less urgent.
    @Test func theTableIsMonotoneInEveryDecisionPoint() {
        let exploitation = Prioritizer.Exploitation.allCases
        let automatable = Prioritizer.Automatable.allCases
        let impact = Prioritizer.TechnicalImpact.allCases
        let wellBeing = Prioritizer.WellBeing.allCases
        var decisions = Set<PriorityDecision>()
        for e in exploitation.indices {
            for a in automatable.indices {
                for t in impact.indices {
                    for w in wellBeing.indices {
                        let here = Prioritizer.decide(
                            .init(
                                exploitation: exploitation[e],
                                automatable: automatable[a],
                                technicalImpact: impact[t],
                                wellBeing: wellBeing[w]
                            )
                        )
                        decisions.insert(here)
                        if e + 1 < exploitation.count {
                            let up = Prioritizer.decide(
                                .init(
                                    exploitation: exploitation[e + 1],
                                    automatable: automatable[a],
                                    technicalImpact: impact[t],
                                    wellBeing: wellBeing[w]
                                )
                            )
                            #expect(up <= here)
                        }
                        if a + 1 < automatable.count {
                            let up = Prioritizer.decide(
                                .init(
                                    exploitation: exploitation[e],
                                    automatable: automatable[a + 1],
                                    technicalImpact: impact[t],
                                    wellBeing: wellBeing[w]
                                )
                            )
                            #expect(up <= here)
                        }
                        if t + 1 < impact.count {
                            let up = Prioritizer.decide(
                                .init(
                                    exploitation: exploitation[e],
                                    automatable: automatable[a],
                                    technicalImpact: impact[t + 1],
                                    wellBeing: wellBeing[w]
                                )
                            )
                            #expect(up <= here)
                        }
                        if w + 1 < wellBeing.count {
                            let up = Prioritizer.decide(
                                .init(
                                    exploitation: exploitation[e],
                                    automatable: automatable[a],
                                    technicalImpact: impact[t],
                                    wellBeing: wellBeing[w + 1]
                                )
                            )
                            #expect(up <= here)
                        }
                    }
                }
            }
        }
        #expect(decisions == Set(PriorityDecision.allCases), "every outcome is reachable")
    }
}
