import Foundation
import Testing
import WardCore
import WardFrameworks

@testable import WardAssessment

@Suite struct ScorerTests {
    let scorer: Scorer
    let framework: Framework

    init() throws {
        let library = try library([practices, outcomes, practicesToOutcomes, rule, ruleToOutcomes])
        scorer = Scorer(library: library)
        framework = try #require(library.frameworks[FrameworkKey(id: "practices", edition: "1")])
    }

    @Test func scoresLeavesPracticesThreatsAndOverallByHand() throws {
        let given = answers([
            ("1.S.A", .implemented), ("1.S.B", .partial), ("2.S.A", .notApplicable), ("1.M.A", .implemented),
        ])
        let card = scorer.score(framework: framework, tier: .small, answers: given)
        // Small tier: 1.S.A, 1.S.B, 2.S.A, 2.S.B apply; 1.M.A is outside the tier and ignored.
        #expect(card.applicableCount == 4)
        #expect(card.answeredCount == 3)
        #expect(card.notApplicableCount == 1)
        // Practice 1: (100 + 50) / 2 = 75. Practice 2: 2.S.A is not applicable, 2.S.B unanswered counts 0 → 0.
        #expect(card.requirementScores["1"] == 75)
        #expect(card.requirementScores["2"] == 0)
        #expect(card.requirementScores["2.S.A"] == nil)
        // Overall over the three scored leaves: (1 + 0.5 + 0) / 3.
        #expect(abs((card.overall ?? -1) - 50) < 1e-9)
        // T1 is mitigated by all scored leaves: (1 + 0.5 + 0) / 3; T2 only by 2.S.B: 0.
        #expect(abs((card.threatScores["T1"] ?? -1) - 50) < 1e-9)
        #expect(card.threatScores["T2"] == 0)
        #expect(card.progress == 0.75)
    }

    @Test func largeOrganizationsAreScoredOnMediumAndLargeRows() {
        let given = answers([("1.M.A", .implemented), ("2.L.A", .planned), ("1.S.A", .implemented)])
        let card = scorer.score(framework: framework, tier: .large, answers: given)
        #expect(card.applicableCount == 2)
        #expect(card.overall == 50)
    }

    @Test func coverageKeepsManyToManyRelationsAndShowsThePath() throws {
        let given = answers([
            ("1.S.A", .implemented), ("1.S.B", .partial), ("2.S.A", .notImplemented), ("2.S.B", .implemented),
        ])
        let card = scorer.score(framework: framework, tier: .small, answers: given)
        let outcomesKey = FrameworkKey(id: "outcomes", edition: "2")
        let coverage = try #require(card.coverage(of: outcomesKey))
        #expect(coverage.distance == 1)
        // O-1 has three partial contributors: 1.S.A (1), 1.S.B (0.5), 2.S.A (0) → mean 0.5.
        let o1 = try #require(coverage.leaves["O-1"])
        #expect(o1.contributions.map(\.from.id) == ["1.S.A", "1.S.B", "2.S.A"])
        #expect(abs(o1.value - 0.5) < 1e-9)
        #expect(o1.goalStatus == .partly)
        #expect(o1.path == "from 1.S.A implemented, 1.S.B partially implemented and 2.S.A not implemented")
        // O-2: 2.S.A covers it whole but is not implemented (0); 2.S.B covers part and is implemented (1) → 1.
        #expect(coverage.leaves["O-2"]?.value == 1)
        #expect(coverage.leaves["O-2"]?.goalStatus == .met)
        #expect(coverage.leaves["O-3"] == nil)
        #expect(coverage.coveredCount == 2)
        #expect(coverage.leafCount == 3)
        #expect(abs((coverage.nodes["G"] ?? -1) - 0.75) < 1e-9)
        // The rule is two steps away, through O-1 (equal relation): it takes O-1's coverage.
        let ruleCoverage = try #require(card.coverage(of: FrameworkKey(id: "rule", edition: "3")))
        #expect(ruleCoverage.distance == 2)
        #expect(abs((ruleCoverage.leaves["R1"]?.value ?? -1) - 0.5) < 1e-9)
        #expect(ruleCoverage.leaves["R1"]?.path == "from O-1 50% covered")
    }

    @Test func unansweredAndNotApplicableRequirementsReachNoOtherFramework() throws {
        let card = scorer.score(framework: framework, tier: .small, answers: answers([("2.S.A", .notApplicable)]))
        let coverage = try #require(card.coverage(of: FrameworkKey(id: "outcomes", edition: "2")))
        #expect(coverage.leaves.isEmpty)
        #expect(coverage.overall == nil)
    }

    @Test func actionPlanOrdersByEssentialGoalPatientSafetyThreatsAndEffort() throws {
        var given = answers([
            ("1.S.A", .notImplemented), ("1.S.B", .notImplemented), ("2.S.A", .partial), ("2.S.B", .planned),
        ])
        given["1.S.A"]?.owner = "IT lead"
        given["1.S.A"]?.dueDate = CalendarDate(year: 2027, month: 1, day: 31)
        let plan = ActionPlan.build(framework: framework, tier: .small, answers: given, scorer: scorer)
        // 1.S.A: essential 40 + 1 threat 5 + not started 10 − low effort 0 = 55
        // 1.S.B: essential 40 + 5 + 10 − high effort 10 = 45
        // 2.S.A: essential (via O-1) 40 + patient safety 15 + 2 threats 10 + partial 0 − medium 5 = 60
        // 2.S.B: no essential goal, 2 threats 10 + planned 10 = 20
        #expect(plan.items.map(\.requirementID) == ["2.S.A", "1.S.A", "1.S.B", "2.S.B"])
        #expect(plan.items.map(\.priority) == [60, 55, 45, 20])
        #expect(plan.items[0].reasons.first == "serves essential goal O-1 Auth")
        #expect(plan.items[0].reasons.contains("protects patient care directly"))
        #expect(plan.items[1].owner == "IT lead")
        #expect(plan.unanswered.isEmpty)
        let csv = plan.csv()
        #expect(csv.hasPrefix("rank,requirement,title,group,status,priority"))
        #expect(csv.contains("2,1.S.A,A,1 Mail,not implemented,55,low,IT lead,2027-01-31,"))
    }

    @Test func csvFieldsAreQuotedAndDefusedAgainstFormulas() {
        #expect(ActionPlan.csvField("plain") == "plain")
        #expect(ActionPlan.csvField("a,b") == "\"a,b\"")
        #expect(ActionPlan.csvField("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(ActionPlan.csvField("=HYPERLINK(1)") == "'=HYPERLINK(1)")
    }

    @Test func comparisonShowsImprovedRegressedAndScoreDeltas() {
        let before = answers([("1.S.A", .notImplemented), ("1.S.B", .implemented), ("2.S.A", .partial)])
        let after = answers([
            ("1.S.A", .implemented), ("1.S.B", .partial), ("2.S.A", .partial), ("2.S.B", .implemented),
        ])
        let comparison = AssessmentComparison.compare(
            framework: framework,
            tier: .small,
            before: before,
            after: after,
            beforeScores: scorer.score(framework: framework, tier: .small, answers: before),
            afterScores: scorer.score(framework: framework, tier: .small, answers: after)
        )
        let changes = Dictionary(uniqueKeysWithValues: comparison.rows.map { ($0.requirementID, $0.change) })
        #expect(changes == ["1.S.A": .improved, "1.S.B": .regressed, "2.S.A": .unchanged, "2.S.B": .notComparable])
        // Before: (0 + 1 + 0.5 + 0) / 4 = 37.5; after: (1 + 0.5 + 0.5 + 1) / 4 = 75.
        #expect(comparison.overallDelta == 37.5)
        #expect(comparison.scoreDeltas["1"] == 25)
    }
}

@Suite struct SizeQuestionnaireTests {
    @Test func suggestsTheTierMostCriteriaPointTo() {
        let clinic = SizeQuestionnaire(
            providers: 6,
            beds: 0,
            workforce: 40,
            itStaff: 0,
            securityStaff: 0,
            itAssets: 60,
            outsourcedIT: true
        )
        let suggestion = clinic.suggest()
        #expect(suggestion.tier == .small)
        #expect(suggestion.reasons.count == 6)
        #expect(suggestion.reasons[0] == "small: 6 providers (10 or fewer)")

        let hospital = SizeQuestionnaire(
            providers: 40,
            beds: 120,
            workforce: 900,
            itStaff: 12,
            securityStaff: 2,
            itAssets: 3000
        )
        #expect(hospital.suggest().tier == .medium)

        let system = SizeQuestionnaire(
            providers: 900,
            beds: 1200,
            workforce: 15000,
            itStaff: 300,
            securityStaff: 25,
            itAssets: 60000
        )
        #expect(system.suggest().tier == .large)
    }

    @Test func tiesGoToTheLargerTierAndNothingAnsweredSuggestsSmall() {
        #expect(SizeQuestionnaire(providers: 5, beds: 100).suggest().tier == .medium)
        #expect(SizeQuestionnaire().suggest().tier == .small)
    }

    @Test func rejectsNegativeCounts() {
        #expect(throws: WardError.self) { try SizeQuestionnaire(beds: -1).validated() }
    }
}

@Suite struct EvidenceRuleTests {
    @Test func secondFactorRuleMeasuresWardAccounts() throws {
        let facts = EvidenceFacts(
            now: .init(timeIntervalSince1970: 1_800_000_000),
            members: [
                .init(name: "Ana", role: .owner, hasSecondFactor: true),
                .init(name: "Ben", role: .analyst, hasSecondFactor: false),
            ]
        )
        let observation = try #require(SecondFactorRule().evaluate(facts))
        #expect(observation.indication == .partlyInPlace)
        #expect(
            observation.message
                == "1 of 2 people who sign in to Ward for this organization use a second factor; without: Ben"
        )
        #expect(observation.contradicts(.implemented))
        #expect(!observation.contradicts(.partial))
        #expect(SecondFactorRule().evaluate(EvidenceFacts(now: facts.now)) == nil)
    }

    @Test func staleTokenRuleFlagsUnusedTokens() throws {
        let now = Date(timeIntervalSince1970: 1_800_000_000)
        let facts = EvidenceFacts(
            now: now,
            activeTokens: [
                .init(name: "fresh", createdAt: now.addingTimeInterval(-10 * 86_400), expiresAt: nil, lastUsedAt: now),
                .init(
                    name: "old",
                    createdAt: now.addingTimeInterval(-200 * 86_400),
                    expiresAt: nil,
                    lastUsedAt: now.addingTimeInterval(-120 * 86_400)
                ),
            ]
        )
        let observation = try #require(StaleTokenRule().evaluate(facts))
        #expect(observation.indication == .partlyInPlace)
        #expect(observation.message.hasPrefix("1 of 2 active API tokens are unused for 90 days or never expire;"))
        #expect(!observation.message.contains("old"), "token names are for those who manage tokens")
    }
}

@Suite struct TrainingEvidenceTests {
    @Test func trainingFiguresMeasureAwareness() throws {
        let now = Date(timeIntervalSince1970: 1_800_000_000)
        let good = EvidenceFacts(
            now: now,
            training: .init(assigned: 20, completed: 19, phishingSent: 20, phishingClicked: 1)
        )
        #expect(TrainingRule().evaluate(good)?.indication == .inPlace)
        let half = EvidenceFacts(
            now: now,
            training: .init(assigned: 10, completed: 6, phishingSent: 10, phishingClicked: 3)
        )
        let observation = try #require(TrainingRule().evaluate(half))
        #expect(observation.indication == .partlyInPlace)
        #expect(
            observation.message
                == "6 of 10 assigned trainings completed (60%); 3 of 10 simulated phishing e-mails clicked (30%)"
        )
        #expect(observation.contradicts(.implemented))
        #expect(TrainingRule().evaluate(EvidenceFacts(now: now)) == nil)
    }
}
