import Foundation
import Testing
import WardCore
import WardFrameworks

@testable import WardResponse

/// A small rule set for tests, independent of the bundled one.
let testRules = """
    {
      "format": "ward-reporting-rules/1", "id": "test", "version": "1", "title": "Test rules",
      "source": "https://example.org/rules", "date": "2026-11-30", "description": "For tests.",
      "rules": [
        {"id": "individuals", "title": "Tell individuals", "recipient": "Individuals", "legalStatus": "in-force",
         "source": "https://example.org/404", "when": {"all": [{"field": "phiInvolved", "equals": true},
         {"field": "individualsAffected", "atLeast": 1}]}, "deadline": {"anchor": "discovery", "days": 60},
         "deadlineText": "60 days", "fields": [{"label": "Individuals", "from": "individualsAffected"}, {"label": "Letter"}]},
        {"id": "hhs-small", "title": "Log for HHS", "recipient": "HHS", "legalStatus": "in-force",
         "source": "https://example.org/408", "when": {"all": [{"field": "phiInvolved", "equals": true},
         {"field": "individualsAffected", "lessThan": 500}, {"field": "individualsAffected", "atLeast": 1}]},
         "deadline": {"anchor": "endOfDiscoveryYear", "days": 60}, "deadlineText": "60 days after year end"},
        {"id": "media", "title": "Tell the media", "recipient": "Media", "legalStatus": "in-force",
         "source": "https://example.org/406", "when": {"field": "maxResidentsInOneState", "greaterThan": 500},
         "deadline": {"anchor": "discovery", "days": 60}, "deadlineText": "60 days"},
        {"id": "cyber-72", "title": "Cyber incident report", "recipient": "CISA", "legalStatus": "proposed",
         "source": "https://example.org/circia", "when": {"field": "coveredIncident", "equals": true},
         "deadline": {"anchor": "discovery", "hours": 72}, "deadlineText": "72 hours"},
        {"id": "ransom-24", "title": "Ransom payment report", "recipient": "CISA", "legalStatus": "proposed",
         "source": "https://example.org/circia", "when": {"field": "ransomPaid", "equals": true},
         "deadline": {"anchor": "ransomPayment", "hours": 24}, "deadlineText": "24 hours"},
        {"id": "ic3", "title": "FBI", "recipient": "FBI", "legalStatus": "voluntary", "source": "https://example.org/ic3",
         "when": {"any": [{"field": "kind", "in": ["ransomware", "phishing"]}, {"field": "ransomDemanded", "equals": true}]},
         "deadline": {"anchor": "discovery", "hours": 72}, "deadlineText": "soon"}
      ]
    }
    """

func date(_ text: String) -> Date { try! Date(text, strategy: .iso8601) }

@Suite struct ObligationEngineTests {
    let rules: ReportingRuleSet

    init() throws {
        rules = try ReportingRuleReader.read(Array(testRules.utf8), file: "test.json")
    }

    func incident(_ change: (inout Incident) -> Void = { _ in }) -> Incident {
        var incident = Incident(
            organizationID: UUID(),
            title: "Test",
            kind: .lostDevice,
            discoveredAt: date("2027-03-01T12:00:00Z"),
            timeZone: "America/Chicago"
        )
        change(&incident)
        return incident
    }

    func ids(_ incident: Incident) -> [String] {
        ObligationEngine.obligations(
            for: incident,
            ruleSets: [rules],
            organizationName: "Clinic",
            now: incident.discoveredAt
        )
        .map(\.rule.id)
    }

    @Test func eachRuleTriggersOnlyWhenItsConditionHolds() {
        #expect(ids(incident()) == [])
        #expect(
            Set(
                ids(
                    incident {
                        $0.phiInvolved = true
                        $0.individualsAffected = 12
                    }
                )
            ) == ["individuals", "hhs-small"]
        )
        #expect(
            Set(
                ids(
                    incident {
                        $0.phiInvolved = true
                        $0.individualsAffected = 500
                    }
                )
            ) == ["individuals"]
        )
        // Exactly 500 residents of one state is not "more than 500".
        #expect(
            !ids(
                incident {
                    $0.phiInvolved = true
                    $0.individualsAffected = 500
                    $0.statesAffected = ["IL": 500]
                }
            ).contains("media")
        )
        #expect(
            ids(
                incident {
                    $0.phiInvolved = true
                    $0.individualsAffected = 900
                    $0.statesAffected = ["IL": 501]
                }
            ).contains("media")
        )
        #expect(ids(incident { $0.kind = .phishing }) == ["ic3"])
        #expect(
            Set(
                ids(
                    incident {
                        $0.kind = .other
                        $0.ransomDemanded = true
                        $0.coveredIncident = true
                    }
                )
            ) == ["cyber-72", "ic3"]
        )
        // A tabletop exercise makes no report due, whatever its facts.
        #expect(
            ids(
                incident {
                    $0.isExercise = true
                    $0.kind = .ransomware
                    $0.phiInvolved = true
                    $0.individualsAffected = 9
                }
            ) == []
        )
    }

    @Test func calendarDayDeadlinesEndAtLocalMidnight() throws {
        // Discovered 23:30 on 1 March in Chicago (05:30 UTC on 2 March): 60 days run to the end of 30 April, Chicago
        // time — which is 05:00 UTC on 1 May, daylight saving time having started on 14 March.
        let late = incident {
            $0.discoveredAt = date("2027-03-02T05:30:00Z")
            $0.phiInvolved = true
            $0.individualsAffected = 3
        }
        let due = try #require(
            ObligationEngine.obligations(for: late, ruleSets: [rules], organizationName: "C", now: late.discoveredAt)
                .first { $0.rule.id == "individuals" }
        )
        #expect(due.dueText == "2027-04-30 23:59 America/Chicago")
        #expect(abs(due.dueAt!.timeIntervalSince(date("2027-05-01T05:00:00Z"))) < 0.01)
        // The same moment counted in UTC is already 2 March, so the deadline is a day later there.
        var utc = late
        utc.timeZone = "UTC"
        let dueUTC = try #require(
            ObligationEngine.obligations(for: utc, ruleSets: [rules], organizationName: "C", now: utc.discoveredAt)
                .first { $0.rule.id == "individuals" }
        )
        #expect(dueUTC.dueText == "2027-05-01 23:59 UTC")
    }

    @Test func smallBreachesAreDueSixtyDaysAfterTheYearEnds() throws {
        // Discovered on New Year's Eve in Honolulu, which is already 1 January in UTC: the local year counts.
        let newYearsEve = incident {
            $0.discoveredAt = date("2027-01-01T08:00:00Z")  // 22:00 on 31 December 2026 in Honolulu
            $0.timeZone = "Pacific/Honolulu"
            $0.phiInvolved = true
            $0.individualsAffected = 40
        }
        let due = try #require(
            ObligationEngine.obligations(
                for: newYearsEve,
                ruleSets: [rules],
                organizationName: "C",
                now: newYearsEve.discoveredAt
            )
            .first { $0.rule.id == "hhs-small" }
        )
        // 31 December 2026 + 60 days = 1 March 2027 (2027 is not a leap year).
        #expect(due.dueText == "2027-03-01 23:59 Pacific/Honolulu")
        // In a leap year the same count ends on 29 February.
        let leap = incident {
            $0.discoveredAt = date("2027-06-01T12:00:00Z")
            $0.timeZone = "UTC"
            $0.phiInvolved = true
            $0.individualsAffected = 1
        }
        let dueLeap = try #require(
            ObligationEngine.obligations(for: leap, ruleSets: [rules], organizationName: "C", now: leap.discoveredAt)
                .first { $0.rule.id == "hhs-small" }
        )
        #expect(dueLeap.dueText == "2028-02-29 23:59 UTC")
    }

    @Test func hourDeadlinesRunOnTheClockAcrossDaylightSaving() throws {
        // Discovered 20:00 on 6 November 2027 in New York; clocks fall back on 7 November. 72 hours later is
        // 19:00 local on 9 November (one hour "earlier" on the wall clock), exactly 259,200 seconds on.
        let fall = incident {
            $0.discoveredAt = date("2027-11-07T00:00:00Z")
            $0.timeZone = "America/New_York"
            $0.coveredIncident = true
        }
        let due = try #require(
            ObligationEngine.obligations(for: fall, ruleSets: [rules], organizationName: "C", now: fall.discoveredAt)
                .first { $0.rule.id == "cyber-72" }
        )
        #expect(due.dueAt == fall.discoveredAt.addingTimeInterval(72 * 3_600))
        #expect(due.dueText == "2027-11-09 19:00 America/New_York")
        #expect(due.countdown == "3 days left")
        #expect(due.rule.legalStatus == .proposed)
    }

    @Test func ransomPaymentClockStartsWhenPaidAndCountsDownWithTheInjectedClock() throws {
        var paid = incident {
            $0.kind = .ransomware
            $0.ransomDemanded = true
            $0.ransomPaid = true
        }
        let waiting = try #require(
            ObligationEngine.obligations(for: paid, ruleSets: [rules], organizationName: "C", now: paid.discoveredAt)
                .first { $0.rule.id == "ransom-24" }
        )
        #expect(waiting.state == .waiting)
        paid.ransomPaidAt = date("2027-03-03T10:00:00Z")
        let now = date("2027-03-04T12:30:00Z")
        let due = try #require(
            ObligationEngine.obligations(for: paid, ruleSets: [rules], organizationName: "C", now: now).first {
                $0.rule.id == "ransom-24"
            }
        )
        #expect(due.state == .overdue)
        #expect(due.countdown == "overdue by 2 hours 30 minutes")
        let filed = ObligationEngine.obligations(
            for: paid,
            ruleSets: [rules],
            organizationName: "C",
            filed: ["test:ransom-24": now],
            now: now
        ).first { $0.rule.id == "ransom-24" }
        #expect(filed?.state == .filed)
    }

    @Test func packagesAreFilledFromTheIncident() throws {
        let breach = incident {
            $0.phiInvolved = true
            $0.individualsAffected = 37
        }
        let obligation = try #require(
            ObligationEngine.obligations(
                for: breach,
                ruleSets: [rules],
                organizationName: "C",
                now: breach.discoveredAt
            )
            .first { $0.rule.id == "individuals" }
        )
        #expect(obligation.package.map(\.label) == ["Individuals", "Letter"])
        #expect(obligation.package[0].value == "37")
        #expect(obligation.package[1].value == nil)
    }
}

@Suite struct RuleFileTests {
    func problems(_ text: String) -> [String] {
        do {
            _ = try ReportingRuleReader.read(Array(text.utf8), file: "rules.json")
            return []
        } catch {
            return error.problems.map(\.description)
        }
    }

    @Test func badRuleFilesAreRefusedWithLocations() {
        var text = testRules.replacingOccurrences(
            of: #""field": "phiInvolved", "equals": true"#,
            with: #""field": "phi", "equals": true"#
        )
        text = text.replacingOccurrences(
            of: #""anchor": "ransomPayment", "hours": 24"#,
            with: #""anchor": "payday", "hours": 24"#
        )
        text = text.replacingOccurrences(of: #""legalStatus": "voluntary""#, with: #""legalStatus": "optional""#)
        let found = problems(text)
        #expect(
            found.contains {
                $0.hasPrefix("rules.json:6:") && $0.contains("rules[0].when.all[0].field: unknown incident field 'phi'")
            },
            "\(found)"
        )
        #expect(found.contains { $0.contains("rules[4].deadline.anchor: unknown value 'payday'") })
        #expect(found.contains { $0.contains("rules[5].legalStatus: unknown value 'optional'") })
        #expect(problems(#"{"format": "ward-reporting-rules/1"}"#).count == 7)
        let both = testRules.replacingOccurrences(
            of: #""anchor": "discovery", "hours": 72}, "deadlineText": "72 hours""#,
            with: #""anchor": "discovery", "hours": 72, "days": 3}, "deadlineText": "72 hours""#
        )
        #expect(problems(both).contains { $0.contains("give either \"days\" or \"hours\"") })
    }

    @Test func incidentsWithImpossibleFactsAreRefused() {
        let base = Incident(
            organizationID: UUID(),
            title: "x",
            kind: .other,
            discoveredAt: date("2027-03-01T12:00:00Z")
        )
        func field(_ change: (inout Incident) -> Void) -> String? {
            var incident = base
            change(&incident)
            do {
                _ = try incident.validated(now: date("2027-03-02T00:00:00Z"))
                return nil
            } catch let error as WardError {
                #expect(error.code == .unprocessable)
                return error.location
            } catch {
                return "?"
            }
        }
        #expect(field { $0.occurredAt = date("2027-03-02T00:00:00Z") } == "occurredAt")
        #expect(field { $0.individualsAffected = -1 } == "individualsAffected")
        #expect(
            field {
                $0.individualsAffected = 10
                $0.statesAffected = ["IL": 20]
            } == "statesAffected"
        )
        #expect(
            field {
                $0.statesAffected = ["Illinois": 1]
                $0.individualsAffected = 1
            } == "statesAffected"
        )
        #expect(field { $0.timeZone = "Mars/Olympus" } == "timeZone")
        #expect(field { $0.discoveredAt = date("2027-03-09T00:00:00Z") } == "discoveredAt")
        #expect(field { $0.ransomPaidAt = date("2027-03-01T13:00:00Z") } == "ransomPaidAt")
        #expect(field { _ in } == nil)
    }
}
