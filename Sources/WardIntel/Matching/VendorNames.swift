/// Normalises vendor and product names so that an advisory's "Becton, Dickinson and Company (BD)", an inventory's
/// "BD" and a misspelt "Phillips" find each other.
///
/// Normalising lowercases, folds accents (`Dräger` → `drager`), drops punctuation and corporate suffixes
/// (`Inc.`, `GmbH`, `AG`, `Co., Ltd.`), and then looks the result up in an alias table of medical-device and
/// hospital-IT makers that Ward maintains. The table lists only names seen in real advisories, inventories and
/// SBOMs; a name not in it is kept as normalised.
public enum VendorNames {
    /// Canonical name → the spellings that mean it (already normalised).
    static let aliases: [String: [String]] = [
        "philips": ["phillips", "koninklijke philips", "philips healthcare", "philips medical systems"],
        "bd": [
            "becton dickinson", "becton dickinson and company", "becton dickinson and company bd", "bd carefusion",
            "carefusion",
        ],
        "ge healthcare": [
            "ge", "general electric", "general electric ge", "ge medical systems", "gehc", "ge healthcare",
        ],
        "siemens": ["siemens healthineers", "siemens healthcare", "siemens medical solutions"],
        "b braun": ["b braun medical", "b braun melsungen", "bbraun"],
        "baxter": ["baxter international", "baxter healthcare"],
        "hillrom": ["hill rom", "hillrom and eli baxter international"],
        "medtronic": ["medtronic plc", "covidien"],
        "drager": ["draeger", "draegerwerk", "dragerwerk"],
        "abbott": ["abbott laboratories", "st jude medical"],
        "natus": ["natus medical"],
        "zoll": ["zoll medical"],
        "fujifilm": ["fuji film", "fujifilm healthcare"],
        "icu medical": ["hospira", "smiths medical"],
        "offis": ["offis ev", "dcmtk"],
        "orthanc": ["osimis", "orthanc server"],
        "roche": ["roche diagnostics"],
        "hamilton medical": ["hamilton"],
        "wolfssl": ["wolfssl inc", "wolf ssl"],
        "amazon": ["amazon web services", "aws", "freertos"],
    ]

    static let lookup: [String: String] = {
        var table: [String: String] = [:]
        for (canonical, spellings) in aliases {
            table[canonical] = canonical
            for spelling in spellings { table[spelling] = canonical }
        }
        return table
    }()

    static let suffixes: Set<String> = [
        "inc", "incorporated", "corp", "corporation", "co", "company", "ltd", "limited", "llc", "gmbh", "ag", "sa",
        "srl", "spa", "bv", "nv", "oy", "ab", "as", "plc", "kg", "kgaa", "se", "pty", "lp",
    ]

    /// The canonical form of a vendor name.
    public static func canonical(_ name: String) -> String {
        // "Natus Medical, Inc. (Natus)": the part in parentheses repeats the name in short.
        var name = Substring(name)
        if let open = name.firstIndex(of: "("), name.hasSuffix(")"), open != name.startIndex {
            name = name[..<open]
        }
        let normalised = normalise(String(name), droppingSuffixes: true)
        return lookup[normalised] ?? normalised
    }

    /// Whether two vendor names mean the same maker.
    public static func same(_ left: String, _ right: String) -> Bool {
        canonical(left) == canonical(right)
    }

    /// Lowercase words without accents or punctuation; corporate suffixes dropped when asked.
    public static func normalise(_ name: String, droppingSuffixes: Bool = false) -> String {
        var words: [String] = []
        var current = ""
        for scalar in name.lowercased().decomposedStringWithCanonicalMappingIfAvailable.unicodeScalars {
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                if scalar.isASCII || scalar.properties.generalCategory != .nonspacingMark {
                    current.unicodeScalars.append(scalar)
                }
            } else if scalar.properties.generalCategory == .nonspacingMark {
                continue
            } else if scalar == "&" {
                if !current.isEmpty { words.append(current) }
                current = ""
                words.append("and")
            } else {
                if !current.isEmpty { words.append(current) }
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        if droppingSuffixes {
            // "Becton, Dickinson and Company": dropping "company" leaves a dangling "and".
            while let last = words.last, suffixes.contains(last) || last == "and", words.count > 1 {
                words.removeLast()
            }
        }
        return words.joined(separator: " ")
    }

    /// The words of a product name, normalised, for containment tests.
    public static func words(_ name: String) -> [String] {
        normalise(name).split(separator: " ").map(String.init)
    }
}

extension String {
    /// Canonical decomposition (so accents become separate marks that can be dropped), without Foundation.
    var decomposedStringWithCanonicalMappingIfAvailable: String {
        var result = ""
        for scalar in unicodeScalars {
            // Latin letters with common diacritics: map to their base letter.
            if let base = Self.latinBase[scalar] {
                result.unicodeScalars.append(base)
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    static let latinBase: [Unicode.Scalar: Unicode.Scalar] = {
        let pairs: [(String, Unicode.Scalar)] = [
            ("àáâãäåā", "a"), ("çćč", "c"), ("èéêëēė", "e"), ("ìíîïī", "i"), ("ñń", "n"), ("òóôõöøō", "o"),
            ("ùúûüū", "u"), ("ýÿ", "y"), ("žźż", "z"), ("šś", "s"), ("ß", "s"),
        ]
        var table: [Unicode.Scalar: Unicode.Scalar] = [:]
        for (letters, base) in pairs {
            for scalar in letters.unicodeScalars { table[scalar] = base }
        }
        return table
    }()
}
