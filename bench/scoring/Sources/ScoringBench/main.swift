import Foundation
import WardAssessment
import WardCore
import WardFrameworks

// A synthetic framework of 500 leaves (25 practices × 20), crosswalked many-to-many to NIST CSF 2.0 (three
// subcategories per leaf) and from the HPH CPGs (each goal to 25 leaves), added to the bundled library so that the
// scorer also walks every bundled crosswalk (HICP, HPH CPG, CSF 2.0, HIPAA, CISA CPG).

var generator = SplitMix64(seed: 2026)
let csf = FrameworkLibrary.bundled.frameworks[FrameworkKey(id: "nist-csf", edition: "2.0")]!
let csfLeaves = csf.leaves.map(\.id)
let goals = FrameworkLibrary.bundled.frameworks[FrameworkKey(id: "hph-cpg", edition: "2024")]!.leaves.map(\.id)

var practices: [String] = []
var leafIDs: [String] = []
for practice in 1...25 {
    var children: [String] = []
    for leaf in 1...20 {
        let id = "P\(practice).\(leaf)"
        leafIDs.append(id)
        let threats = (1...5).filter { _ in generator.next() % 2 == 0 }.map { "\"T\($0)\"" }.joined(separator: ",")
        children.append(
            #"{"id": "\#(id)", "title": "Requirement \#(id)", "guidance": "Do \#(id).", "threats": [\#(threats)], "effort": "\#(["low", "medium", "high"][Int(generator.next() % 3)])"}"#
        )
    }
    practices.append(#"{"id": "P\#(practice)", "title": "Practice \#(practice)", "children": [\#(children.joined(separator: ","))]}"#)
}
let threats = (1...5).map { #"{"id": "T\#($0)", "title": "Threat \#($0)", "description": "d"}"# }.joined(separator: ",")
let framework = """
    {"format": "ward-framework/1", "id": "bench", "edition": "1", "title": "Benchmark practices", "publisher": "Ward",
     "source": "https://example.org/bench", "date": "2026-11", "confidence": "derived", "description": "500 leaves.",
     "levels": ["practice", "requirement"], "threats": [\(threats)], "requirements": [\(practices.joined(separator: ","))]}
    """
var toCSF: [String] = []
for id in leafIDs {
    var targets = Set<String>()
    while targets.count < 3 { targets.insert(csfLeaves[Int(generator.next() % UInt64(csfLeaves.count))]) }
    for target in targets.sorted() {
        let relation = ["subset-of", "intersects-with", "equal"][Int(generator.next() % 3)]
        toCSF.append(#"{"from": "\#(id)", "to": "\#(target)", "relation": "\#(relation)", "provenance": "ours"}"#)
    }
}
var fromGoals: [String] = []
for (index, goal) in goals.enumerated() {
    for offset in 0..<25 {
        fromGoals.append(#"{"from": "\#(goal)", "to": "\#(leafIDs[index * 25 + offset])", "relation": "intersects-with", "provenance": "ours"}"#)
    }
}
func crosswalk(_ id: String, from: String, fromEdition: String, to: String, toEdition: String, _ mappings: [String]) -> String {
    """
    {"format": "ward-crosswalk/1", "id": "\(id)", "title": "\(id)", "description": "d",
     "from": {"framework": "\(from)", "edition": "\(fromEdition)"}, "to": {"framework": "\(to)", "edition": "\(toEdition)"},
     "publisher": "Ward", "date": "2026-11", "mappings": [\(mappings.joined(separator: ","))]}
    """
}
let documents = try [
    framework, crosswalk("bench--csf", from: "bench", fromEdition: "1", to: "nist-csf", toEdition: "2.0", toCSF),
    crosswalk("hph--bench", from: "hph-cpg", fromEdition: "2024", to: "bench", toEdition: "1", fromGoals),
].map { text throws(CatalogValidationError) in try CatalogReader.read(text: text, file: "bench") }
let library = try FrameworkLibrary.bundled.adding(documents)
let bench = library.frameworks[FrameworkKey(id: "bench", edition: "1")]!

let statuses: [AnswerStatus] = [.implemented, .partial, .planned, .notImplemented, .notApplicable]
var answers: [String: Answer] = [:]
for id in leafIDs {
    let status = statuses[Int(generator.next() % 5)]
    answers[id] = Answer(requirementID: id, status: status, notApplicableReason: status == .notApplicable ? "n/a" : nil)
}

func measure(_ label: String, runs: Int, _ body: () -> Int) -> [Double] {
    var checksum = 0
    for _ in 0..<5 { checksum &+= body() }  // warm up
    var samples: [Double] = []
    let clock = ContinuousClock()
    for _ in 0..<runs {
        let start = clock.now
        checksum &+= body()
        let elapsed = clock.now - start
        samples.append(Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1000)
    }
    samples.sort()
    let p50 = samples[samples.count / 2]
    let p99 = samples[min(samples.count - 1, samples.count * 99 / 100)]
    print(String(format: "%-44@ p50 %8.3f ms   p99 %8.3f ms   max %8.3f ms   (%d runs, checksum %d)", label as NSString, p50, p99, samples.last!, runs, checksum & 0xffff))
    return samples
}

let runs = Int(CommandLine.arguments.dropFirst().first ?? "") ?? 300
let graphStart = ContinuousClock().now
let scorer = Scorer(library: library)
print("crosswalk graph of \(library.frameworks.count) frameworks and \(library.crosswalks.count) crosswalks built in \(ContinuousClock().now - graphStart) (once per library)")
print("assessment: \(bench.leaves.count) requirements, \(answers.count) answers")

let ward = measure("ward: score + coverage + action plan", runs: runs) {
    let card = scorer.score(framework: bench, tier: .large, answers: answers)
    let plan = ActionPlan.build(framework: bench, tier: .large, answers: answers, scorer: scorer)
    return card.coverage.reduce(0) { $0 + $1.coveredCount } + plan.items.count
}
_ = measure("ward: score + coverage only", runs: runs) {
    scorer.score(framework: bench, tier: .large, answers: answers).coverage.count
}

// The limit: the same sums on bare arrays — leaf values, practice means, threat means, and one pass over the
// 1,500 leaf-to-CSF edges and the 500 goal edges — with no catalog, no dictionaries of requirements, no paths.
let values: [Double] = leafIDs.map { answers[$0]!.status.value ?? -1 }
let edgesToCSF: [(Int, Int)] = toCSF.indices.map { ($0 / 3, Int(generator.next() % UInt64(csfLeaves.count))) }
let edgesToGoals: [(Int, Int)] = (0..<500).map { ($0, $0 / 25) }
let threatMasks: [UInt8] = leafIDs.map { bench.requirement($0)!.threats.reduce(UInt8(0)) { $0 | (1 << (UInt8($1.dropFirst())! - 1)) } }
let limit = measure("limit: same sums on bare arrays", runs: runs) {
    var practiceSums = [Double](repeating: 0, count: 25)
    var practiceCounts = [Int](repeating: 0, count: 25)
    var threatSums = [Double](repeating: 0, count: 5)
    var threatCounts = [Int](repeating: 0, count: 5)
    for (index, value) in values.enumerated() where value >= 0 {
        practiceSums[index / 20] += value
        practiceCounts[index / 20] += 1
        for threat in 0..<5 where threatMasks[index] & (1 << threat) != 0 {
            threatSums[threat] += value
            threatCounts[threat] += 1
        }
    }
    var csfSums = [Double](repeating: 0, count: csfLeaves.count)
    var csfCounts = [Int](repeating: 0, count: csfLeaves.count)
    for (from, to) in edgesToCSF where values[from] >= 0 {
        csfSums[to] += values[from]
        csfCounts[to] += 1
    }
    var goalSums = [Double](repeating: 0, count: goals.count)
    for (from, to) in edgesToGoals where values[from] >= 0 { goalSums[to] += values[from] }
    let sums: Double = practiceSums.reduce(0, +) + threatSums.reduce(0, +) + csfSums.reduce(0, +) + goalSums.reduce(0, +)
    let counts: Int = practiceCounts.reduce(0, +) + threatCounts.reduce(0, +) + csfCounts.reduce(0, +)
    return Int(sums) &+ counts
}
let wardP50 = ward[ward.count / 2]
let limitP50 = limit[limit.count / 2]
print(String(format: "ratio ward/limit (p50): %.0f×; target: ward p99 under 50 ms — %@", wardP50 / limitP50,
    ward[min(ward.count - 1, ward.count * 99 / 100)] < 50 ? "met" : "NOT met"))

/// A small deterministic generator, so every run scores the same assessment.
struct SplitMix64 {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
