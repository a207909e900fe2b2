import Foundation
import WardCore

/// Reads a bill of materials in any format Ward knows, recognising the format from the content.
///
/// Users upload whatever their manufacturer sent, and file names do not say reliably which format is inside
/// (`sbom.json` may be CycloneDX or SPDX), so the reader looks at the content: XML is CycloneDX, JSON is CycloneDX
/// when it has `bomFormat` and SPDX when it has `spdxVersion`, and text starting with an SPDX tag is SPDX tag-value.
public enum SBOMReader {
    /// The formats ``SBOMReader`` recognises.
    public enum Encoding: String, Sendable, Hashable {
        case cycloneDXJSON = "cyclonedx-json"
        case cycloneDXXML = "cyclonedx-xml"
        case spdxJSON = "spdx-json"
        case spdxTagValue = "spdx-tag-value"
    }

    /// Reads the file at `url`. Tag-value files are streamed line by line; JSON and XML are read whole, up to
    /// ``IntelDocument/maximumDocumentBytes``.
    ///
    /// - Throws: ``WardError`` `invalidInput` when the format is not recognised or the document is invalid (naming
    ///   the file and the place in it), `tooLarge`, `notFound`.
    public static func read(contentsOf url: URL) throws -> SoftwareBillOfMaterials {
        let file = url.lastPathComponent
        let head: Data
        do {
            let handle = try FileHandle(forReadingFrom: url)
            defer { try? handle.close() }
            head = try handle.read(upToCount: 4096) ?? Data()
        } catch {
            throw WardError(.notFound, "the file cannot be read", location: url.path, cause: error)
        }
        switch firstSignificantByte(of: head) {
        case UInt8(ascii: "{"), UInt8(ascii: "<"):
            return try read(IntelDocument.read(contentsOf: url), file: file)
        default:
            _ = try detect(head, file: file)
            return try SPDXReader.readTagValue(contentsOf: url)
        }
    }

    /// Reads a document in memory; `file` names it in errors.
    public static func read(_ data: Data, file: String) throws -> SoftwareBillOfMaterials {
        switch try detect(data, file: file) {
        case .cycloneDXJSON: try CycloneDXReader.readJSON(data, file: file)
        case .cycloneDXXML: try CycloneDXReader.readXML(data, file: file)
        case .spdxJSON: try SPDXReader.readJSON(data, file: file)
        case .spdxTagValue: try SPDXReader.readTagValue(data, file: file)
        }
    }

    /// The format of a document, judged from its content: XML is CycloneDX; JSON is CycloneDX or SPDX by which of
    /// the keys `"bomFormat"` and `"spdxVersion"` comes first, wherever it is (generators put it at the end too);
    /// other text is SPDX tag-value when an `SPDXVersion:` tag appears in its first 4 KiB.
    public static func detect(_ data: Data, file: String) throws -> Encoding {
        switch firstSignificantByte(of: data) {
        case UInt8(ascii: "<"):
            return .cycloneDXXML
        case UInt8(ascii: "{"):
            if let encoding = firstFormatKey(in: data) { return encoding }
            throw WardError(
                .invalidInput,
                "this JSON has neither \"bomFormat\" (CycloneDX) nor \"spdxVersion\" (SPDX), so it is not a bill "
                    + "of materials Ward can read",
                location: file
            )
        default:
            let text = String(decoding: data.prefix(4096), as: UTF8.self)
            if text.contains("SPDXVersion:") {
                return .spdxTagValue
            }
            throw WardError(
                .invalidInput,
                "the file is neither JSON, XML nor SPDX tag-value, so it is not a bill of materials Ward can read",
                location: file
            )
        }
    }

    /// One pass over the bytes, stopping at the first quoted key that names a format.
    private static func firstFormatKey(in data: Data) -> Encoding? {
        let cycloneDX = Array("bomFormat\"".utf8)
        let spdx = Array("spdxVersion\"".utf8)
        return data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) -> Encoding? in
            let bytes = buffer.bindMemory(to: UInt8.self)
            func matches(_ key: [UInt8], at index: Int) -> Bool {
                guard index + key.count <= bytes.count else { return false }
                for offset in 0..<key.count where bytes[index + offset] != key[offset] {
                    return false
                }
                return true
            }
            var index = 0
            while index < bytes.count {
                if bytes[index] == UInt8(ascii: "\"") {
                    if matches(cycloneDX, at: index + 1) { return .cycloneDXJSON }
                    if matches(spdx, at: index + 1) { return .spdxJSON }
                }
                index += 1
            }
            return nil
        }
    }

    /// The first byte that is not white space or a UTF-8 byte order mark.
    static func firstSignificantByte(of data: Data) -> UInt8? {
        var index = data.startIndex
        if data.starts(with: [0xEF, 0xBB, 0xBF]) { index += 3 }
        while index < data.endIndex {
            let byte = data[index]
            if byte != 0x20, byte != 0x09, byte != 0x0A, byte != 0x0D { return byte }
            index += 1
        }
        return nil
    }
}
