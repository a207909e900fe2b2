import Foundation
import Testing
import WardCore

@testable import WardResponse

@Suite struct BundledResponseDataTests {
    @Test func theFederalRulesLoadWithSourcesAndLegalStatus() throws {
        let federal = try #require(BundledResponseData.ruleSets.first { $0.id == "us-federal" })
        #expect(federal.rules.count >= 8)
        #expect(federal.rules.allSatisfy { $0.source.hasPrefix("https://") && !$0.fields.isEmpty })
        let statuses = Dictionary(uniqueKeysWithValues: federal.rules.map { ($0.id, $0.legalStatus) })
        #expect(statuses["hipaa-individual-notice"] == .inForce)
        #expect(statuses["circia-covered-cyber-incident"] == .proposed)
        #expect(statuses["circia-ransom-payment"] == .proposed)
        #expect(statuses["cisa-voluntary-report"] == .voluntary)
    }

    func dueRules(_ change: (inout Incident) -> Void) -> Set<String> {
        var incident = Incident(
            organizationID: UUID(),
            title: "t",
            kind: .lostDevice,
            discoveredAt: try! Date("2027-05-10T15:00:00Z", strategy: .iso8601),
            timeZone: "America/Denver"
        )
        change(&incident)
        return Set(
            ObligationEngine.obligations(
                for: incident,
                ruleSets: BundledResponseData.ruleSets,
                organizationName: "C",
                now: incident.discoveredAt
            )
            .filter { $0.rule.legalStatus != .voluntary }.map(\.rule.id)
        )
    }

    @Test func hipaaBreachRulesFollowTheThresholds() {
        // A lost laptop without PHI: nothing required.
        #expect(dueRules { _ in }.isEmpty)
        // 499 individuals: individuals now, HHS after the year ends, no media.
        #expect(
            dueRules {
                $0.phiInvolved = true
                $0.individualsAffected = 499
                $0.statesAffected = ["CO": 499]
            }
                == ["hipaa-individual-notice", "hipaa-hhs-under-500"]
        )
        // 500 individuals, 500 of them in Colorado: HHS within 60 days, still no media (it takes more than 500).
        #expect(
            dueRules {
                $0.phiInvolved = true
                $0.individualsAffected = 500
                $0.statesAffected = ["CO": 500]
            }
                == ["hipaa-individual-notice", "hipaa-hhs-500-or-more"]
        )
        // 501 residents of one state: the media too.
        #expect(
            dueRules {
                $0.phiInvolved = true
                $0.individualsAffected = 900
                $0.statesAffected = ["CO": 501, "WY": 399]
            }
                == ["hipaa-individual-notice", "hipaa-hhs-500-or-more", "hipaa-media-notice"]
        )
        // The federal cyber incident rule: a covered incident, and a ransom payment.
        #expect(
            dueRules {
                $0.kind = .ransomware
                $0.coveredIncident = true
            } == ["circia-covered-cyber-incident"]
        )
        #expect(
            dueRules {
                $0.kind = .ransomware
                $0.ransomPaid = true
                $0.ransomDemanded = true
            } == ["circia-ransom-payment"]
        )
    }

    @Test func playbooksCoverEveryKind() {
        for kind in IncidentKind.allCases {
            let playbook = Playbooks.all[kind]
            #expect(playbook != nil, "\(kind)")
            #expect((playbook?.steps.count ?? 0) >= 8, "\(kind)")
        }
    }

    @Test func theDirectoryIsDatedSourcedAndFindsHelpForAGap() {
        #expect(Directory.entries.count >= 20)
        #expect(
            Directory.entries.allSatisfy {
                $0.url.hasPrefix("https://") && $0.source.hasPrefix("https://") && $0.date.count == 10
            }
        )
        let vulnerabilityHelp = Directory.entries(hicpPractice: "7", goals: ["E1"], size: .small).map(\.id)
        #expect(vulnerabilityHelp.contains { $0.contains("cyber-hygiene") }, "\(vulnerabilityHelp)")
        #expect(Directory.entries(hicpPractice: nil, goals: [], size: .small).isEmpty)
    }
}

@Suite struct VoluntaryReportTests {
    func voluntary(_ change: (inout Incident) -> Void) -> Set<String> {
        var incident = Incident(
            organizationID: UUID(),
            title: "t",
            kind: .lostDevice,
            discoveredAt: try! Date("2027-05-10T15:00:00Z", strategy: .iso8601)
        )
        change(&incident)
        return Set(
            ObligationEngine.obligations(
                for: incident,
                ruleSets: BundledResponseData.ruleSets,
                organizationName: "C",
                now: incident.discoveredAt
            )
            .filter { $0.rule.legalStatus == .voluntary }.map(\.rule.id)
        )
    }

    @Test func voluntaryReportsFollowTheKindOfIncident() {
        // CISA and the ISAC welcome every incident; the FBI the criminal ones; the FDA the medical-device ones.
        #expect(voluntary { _ in } == ["cisa-voluntary-report", "health-isac-sharing"])
        #expect(
            voluntary { $0.kind = .phishing } == ["cisa-voluntary-report", "health-isac-sharing", "fbi-ic3-report"]
        )
        #expect(
            voluntary {
                $0.kind = .other
                $0.ransomDemanded = true
            }.contains("fbi-ic3-report")
        )
        #expect(
            voluntary { $0.kind = .medicalDevice } == [
                "cisa-voluntary-report", "health-isac-sharing", "fda-medical-device-report",
            ]
        )
        #expect(
            voluntary {
                $0.kind = .medicalDevice
                $0.isExercise = true
            }.isEmpty
        )
    }
}

@Suite struct FindingHelpTests {
    @Test func everyKindOfFindingLinksToFreeHelp() {
        for kind in FindingKind.allCases {
            #expect(!Directory.entries(for: kind).isEmpty, "\(kind)")
        }
        let vulnerability = Finding(
            assetID: UUID(),
            source: "nessus",
            rule: "97833",
            title: "MS17-010",
            severity: .critical,
            firstSeen: Date()
        )
        #expect(FindingKind.of(vulnerability) == .vulnerability)
        let help = Directory.entries(for: .vulnerability, size: .small).map(\.id)
        #expect(help.contains { $0.contains("cyber-hygiene") || $0.contains("kev") }, "\(help)")
        #expect(FindingKind.of(vulnerability, isMedicalDevice: true) == .medicalDevice)
    }
}
