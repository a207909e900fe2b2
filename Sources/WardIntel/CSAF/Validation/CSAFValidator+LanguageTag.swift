extension CSAFValidator {
    /// Checks BCP 47 language tags (RFC 5646): the full syntax, and for two-letter languages that the code exists.
    ///
    /// Ward carries no copy of the IANA subtag registry. Two-letter primary languages are checked against ISO 639-1,
    /// which is short and stable and catches the classic mistake of a region code in the language position (`EZ`);
    /// three-letter languages, scripts, regions and variants are checked for form only.
    enum LanguageTag {
        /// Why `tag` is not a valid language tag, or nil when it is.
        static func problem(in tag: String) -> String? {
            let lowercased = tag.lowercased()
            if grandfathered.contains(lowercased) { return nil }
            let subtags = lowercased.split(separator: "-", omittingEmptySubsequences: false)
            guard subtags.allSatisfy({ !$0.isEmpty && $0.count <= 8 && $0.allSatisfy(\.isASCIIAlphanumeric) }) else {
                return "subtags are 1 to 8 letters or digits separated by single hyphens"
            }
            var rest = subtags[...]
            if rest.first == "x" {
                return privateUseProblem(rest)
            }
            guard let language = rest.popFirst(), language.allSatisfy(\.isASCIILetter) else {
                return "it does not start with a language subtag"
            }
            switch language.count {
            case 2:
                guard iso639Part1.contains(String(language)) else {
                    return "'\(language)' is not an ISO 639-1 language code"
                }
            case 3:
                break
            default:
                return "'\(language)' is not a language subtag (2 or 3 letters)"
            }
            var extlangs = 0
            while let next = rest.first, next.count == 3, next.allSatisfy(\.isASCIILetter), extlangs < 3 {
                rest.removeFirst()
                extlangs += 1
            }
            if let next = rest.first, next.count == 4, next.allSatisfy(\.isASCIILetter) {
                rest.removeFirst()
            }
            if let next = rest.first,
                (next.count == 2 && next.allSatisfy(\.isASCIILetter))
                    || (next.count == 3 && next.allSatisfy(\.isASCIIDigit))
            {
                rest.removeFirst()
            }
            var variants = Set<Substring>()
            while let next = rest.first, next.count >= 5 || (next.count == 4 && next.first?.isASCIIDigit == true) {
                guard variants.insert(next).inserted else { return "the variant '\(next)' appears twice" }
                rest.removeFirst()
            }
            var singletons = Set<Substring>()
            while let singleton = rest.first, singleton.count == 1, singleton != "x" {
                guard singletons.insert(singleton).inserted else { return "the extension '\(singleton)' appears twice" }
                rest.removeFirst()
                var parts = 0
                while let next = rest.first, next.count >= 2 {
                    rest.removeFirst()
                    parts += 1
                }
                guard parts > 0 else { return "the extension '\(singleton)' has no subtags" }
            }
            if rest.first == "x" {
                return privateUseProblem(rest)
            }
            if let unexpected = rest.first {
                return "the subtag '\(unexpected)' is not valid at its position"
            }
            return nil
        }

        private static func privateUseProblem(_ subtags: ArraySlice<Substring>) -> String? {
            subtags.count > 1 ? nil : "the private-use part 'x' has no subtags"
        }

        /// Tags from before RFC 4646 that the syntax cannot describe but that remain valid.
        private static let grandfathered: Set<String> = [
            "en-gb-oed", "i-ami", "i-bnn", "i-default", "i-enochian", "i-hak", "i-klingon", "i-lux", "i-mingo",
            "i-navajo", "i-pwn", "i-tao", "i-tay", "i-tsu", "sgn-be-fr", "sgn-be-nl", "sgn-ch-de", "art-lojban",
            "cel-gaulish", "no-bok", "no-nyn", "zh-guoyu", "zh-hakka", "zh-min", "zh-min-nan", "zh-xiang",
        ]

        /// ISO 639-1, including the codes the registry keeps as deprecated (`in`, `iw`, `ji`, `jw`, `mo`, `sh`).
        private static let iso639Part1: Set<String> = Set(
            """
            aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz
            ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik
            in io is it iu iw ja ji jv jw ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg
            mh mi mk ml mn mo mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro
            ru rw sa sc sd se sg sh si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty
            ug uk ur uz ve vi vo wa wo xh yi yo za zh zu
            """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
        )
    }
}

extension Character {
    fileprivate var isASCIILetter: Bool { isASCII && isLetter }
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
    fileprivate var isASCIIAlphanumeric: Bool { isASCII && (isLetter || isNumber) }
}
