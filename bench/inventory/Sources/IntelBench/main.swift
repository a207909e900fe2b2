// Intelligence benchmarks (issue 5), run by bench/intel.sh.
//
//   IntelBench parse SHARED_DATA ROUNDS   typed parsing of every CSAF advisory and example plus the 803-component
//                                         CycloneDX SBOM, against Foundation's JSONSerialization over the same bytes
//                                         (the limit: the bare JSON library, no typed model); then the split of
//                                         the typed figure (CSAF decoding, product catalogs, SBOM) and CSAF decoded
//                                         by JSONDecoder for comparison
//   IntelBench match SHARED_DATA ROUNDS   the 803-component SBOM against KEV and every NVD configuration, against the
//                                         limit: one hash lookup per component of its CPE vendor and product in the
//                                         set of vendor:product keys NVD names (the least work any matcher must do)
//
// Files are read into memory first; only parsing and matching are timed. Each figure is the best and the median of
// ROUNDS rounds, in milliseconds.
import Foundation
import WardCore
import WardIntel

func files(_ root: URL, _ folder: String, suffix: String) -> [URL] {
    let directory = root.appendingPathComponent(folder)
    let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
    return names.filter { $0.hasSuffix(suffix) }.sorted().map { directory.appendingPathComponent($0) }
}

func measure(_ rounds: Int, _ body: () throws -> Void) rethrows -> (best: Double, median: Double) {
    var samples: [Double] = []
    for _ in 0..<rounds {
        let start = ContinuousClock.now
        try body()
        let elapsed = ContinuousClock.now - start
        samples.append(Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1000)
    }
    samples.sort()
    return (samples[0], samples[samples.count / 2])
}

func report(_ name: String, _ figures: (best: Double, median: Double), _ extra: String = "") {
    print(String(format: "%@ best_ms=%.2f median_ms=%.2f %@", name, figures.best, figures.median, extra))
}

let arguments = CommandLine.arguments
guard arguments.count == 4, let rounds = Int(arguments[3]) else {
    print("usage: IntelBench parse|match SHARED_DATA ROUNDS")
    exit(64)
}
let root = URL(fileURLWithPath: arguments[2])

switch arguments[1] {
case "parse":
    let csafFiles =
        files(root, "csaf/cisa-icsma", suffix: ".json") + files(root, "csaf/cisa-ics", suffix: ".json")
        + files(root, "csaf/oasis/examples/csaf", suffix: ".json")
        + files(root, "csaf/oasis/examples/csaf/csaf_vex", suffix: ".json")
    let csaf = try csafFiles.map { ($0.lastPathComponent, try Data(contentsOf: $0)) }
    let sbomURL = root.appendingPathComponent("sbom/debian-host/debian12-host.cdx.json")
    let sbom = try Data(contentsOf: sbomURL)
    let bytes = csaf.reduce(sbom.count) { $0 + $1.1.count }
    print("files=\(csaf.count + 1) bytes=\(bytes)")
    var products = 0
    var components = 0
    let ward = try measure(rounds) {
        products = 0
        for (name, data) in csaf {
            let document = try CSAFDocument.decode(from: data, file: name)
            products += document.productCatalog.products.count
        }
        components = try CycloneDXReader.read(sbom, file: sbomURL.lastPathComponent).components.count
    }
    report("ward-typed", ward, "products=\(products) components=\(components)")
    // The split of ward-typed: CSAF decoding alone, the product catalogs of the decoded documents alone, the SBOM.
    var documents: [CSAFDocument] = []
    let decodeOnly = try measure(rounds) {
        documents = try csaf.map { try CSAFDocument.decode(from: $1, file: $0) }
    }
    report("ward-csaf-decode", decodeOnly, "documents=\(documents.count)")
    let catalogOnly = measure(rounds) {
        products = documents.reduce(0) { $0 + $1.productCatalog.products.count }
    }
    report("ward-csaf-catalog", catalogOnly, "products=\(products)")
    let sbomOnly = try measure(rounds) {
        components = try CycloneDXReader.read(sbom, file: sbomURL.lastPathComponent).components.count
    }
    report("ward-sbom", sbomOnly, "components=\(components)")
    // What CSAF decoding cost through the Codable conformance and JSONDecoder, which the reader replaced.
    let codable = try measure(rounds) {
        documents = try csaf.map { try JSONDecoder().decode(CSAFDocument.self, from: $1) }
    }
    report("ward-csaf-jsondecoder", codable, "documents=\(documents.count)")
    let limit = try measure(rounds) {
        for (_, data) in csaf { _ = try JSONSerialization.jsonObject(with: data) }
        _ = try JSONSerialization.jsonObject(with: sbom)
    }
    report("limit-jsonserialization", limit)

case "match":
    let sbomURL = root.appendingPathComponent("sbom/debian-host/debian12-host.cdx.json")
    let sbom = try SBOMReader.read(contentsOf: sbomURL)
    let nvd = try files(root, "nvd", suffix: ".json").flatMap {
        try NVDReader.read(try Data(contentsOf: $0), file: $0.lastPathComponent)
    }
    let kevURL = root.appendingPathComponent("kev/known_exploited_vulnerabilities.json")
    let kev = try KEVReader.read(try Data(contentsOf: kevURL), file: kevURL.lastPathComponent)
    var unreadable: [String] = []
    let targets = sbom.components.map { MatchTarget(component: $0, in: "debian12-host", unreadable: &unreadable) }
    let names = targets.reduce(0) { $0 + $1.cpes.count }
    print(
        "components=\(targets.count) cpe_names=\(names) unreadable_cpes=\(unreadable.count) nvd_records=\(nvd.count) kev=\(kev.vulnerabilities.count)"
    )
    var matches = 0
    let index = measure(rounds) { _ = IntelMatcher(.init(nvd: nvd, kev: kev)) }
    report("ward-index", index)
    let matcher = IntelMatcher(.init(nvd: nvd, kev: kev))
    let match = measure(rounds) { matches = matcher.match(targets).count }
    report("ward-match", match, "matches=\(matches)")
    let whole = measure(rounds) { matches = IntelMatcher(.init(nvd: nvd, kev: kev)).match(targets).count }
    report("ward-index+match", whole, "matches=\(matches)")
    // The limit: the vendor:product keys of NVD's vulnerable criteria in a set, one lookup per CPE name.
    var keys = Set<String>()
    for record in nvd {
        for configuration in record.configurations ?? [] {
            for node in configuration.nodes {
                for criterion in node.cpeMatch where criterion.vulnerable {
                    let parts = criterion.criteria.split(separator: ":")
                    if parts.count > 4 { keys.insert("\(parts[3]):\(parts[4])") }
                }
            }
        }
    }
    let cpeKeys = targets.flatMap { $0.cpes }.compactMap { name -> String? in
        guard let vendor = name.vendor.text, let product = name.product.text else { return nil }
        return "\(vendor):\(product)"
    }
    var hits = 0
    let limit = measure(rounds) {
        hits = 0
        for key in cpeKeys where keys.contains(key) { hits += 1 }
    }
    report("limit-lookup", limit, "key_hits=\(hits)")

default:
    print("unknown benchmark \(arguments[1])")
    exit(64)
}
