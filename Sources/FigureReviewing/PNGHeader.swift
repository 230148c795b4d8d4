import ExperimentSpec

/// A PNG's size read from its header (the signature and the IHDR chunk), before anything is decoded, so that
/// the review refuses an image it should not decode: not a PNG at all, or larger than any figure can be
/// (`ExperimentFile.maxPixels` a side, the documented size limit). Decoding a 20 000 × 20 000 image would take
/// gigabytes; refusing it costs 24 bytes.
public struct PNGHeader: Sendable, Equatable {
    public var width: Int
    public var height: Int

    static let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

    /// Why the image cannot be compared.
    public struct Problem: Error, CustomStringConvertible, Equatable {
        public var description: String
    }

    /// The header of `bytes`, checked: a PNG signature, an IHDR chunk first, each side 1 … `maxSide`.
    public init(_ bytes: [UInt8], maxSide: Int = ExperimentFile.maxPixels) throws {
        guard bytes.count >= 8, Array(bytes[0..<8]) == Self.signature else {
            throw Problem(description: "not a PNG file (no PNG signature)")
        }
        guard bytes.count >= 24, Array(bytes[12..<16]) == Array("IHDR".utf8) else {
            throw Problem(description: "not a valid PNG file (no IHDR header chunk)")
        }
        func uint32(_ offset: Int) -> Int { bytes[offset..<(offset + 4)].reduce(0) { $0 << 8 | Int($1) } }
        width = uint32(16)
        height = uint32(20)
        guard width >= 1, height >= 1 else { throw Problem(description: "a PNG of \(width) × \(height) pixels is empty") }
        guard width <= maxSide, height <= maxSide else {
            throw Problem(description: "\(width) × \(height) pixels is larger than a figure can be (\(maxSide) a side); not decoded")
        }
    }
}
