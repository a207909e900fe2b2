import Foundation
import WardCore

/// FIRST's Exploit Prediction Scoring System scores for one day: for each CVE, the probability that exploitation will
/// be seen in the next 30 days, and its percentile among all scored CVEs.
public struct EPSSScores: Sendable, Hashable {
    /// One CVE's score.
    public struct Score: Sendable, Hashable, Codable {
        /// 0…1.
        public var probability: Double
        /// 0…1: the share of scored CVEs whose probability is the same or lower.
        public var percentile: Double

        public init(probability: Double, percentile: Double) {
            self.probability = probability
            self.percentile = percentile
        }
    }

    /// The model that produced the scores (`v2026.06.15`), from the file's first line.
    public var modelVersion: String?
    /// The day the scores are for, from the file's first line (`2026-09-29T12:00:22Z`).
    public var scoreDate: String?
    public var scores: [String: Score]

    public init(modelVersion: String? = nil, scoreDate: String? = nil, scores: [String: Score] = [:]) {
        self.modelVersion = modelVersion
        self.scoreDate = scoreDate
        self.scores = scores
    }

    /// The score of a CVE, if the file has one.
    public subscript(cve: String) -> Score? { scores[cve] }
}
