import FigureCatalogue

/// Big arrays of a sidecar go to `.npy` files beside it (docs/sidecars.md, "Large arrays").
///
/// Any numeric array (numbers, or equally shaped arrays of them, to any depth) with at least `threshold` numbers is
/// replaced in the JSON by a reference `{"npy": "ID.key.npy", "shape": [...], "dtype": "<f8"}` and written as
/// `ID.key.npy` in the figures directory: numpy's format 1.0, C order, little-endian float64, loadable with
/// `numpy.load`. `key` is the path of the array in `data`, joined by dots (array indices as numbers).
enum SidecarArrays {
    /// Arrays of this many numbers or more are written to `.npy` files (≈ 2 MB of JSON).
    static let threshold = 100_000

    /// The sidecar data with its big arrays replaced by references, and the `.npy` files (name, bytes) to write.
    static func externalise(_ data: [String: SidecarValue], id: String, threshold: Int = threshold) -> (data: [String: SidecarValue], files: [(name: String, bytes: [UInt8])]) {
        var files: [(name: String, bytes: [UInt8])] = []
        var out: [String: SidecarValue] = [:]
        for key in data.keys.sorted() {
            out[key] = walk(data[key]!, path: [key], id: id, threshold: threshold, files: &files)
        }
        return (out, files)
    }

    private static func walk(_ value: SidecarValue, path: [String], id: String, threshold: Int,
                             files: inout [(name: String, bytes: [UInt8])]) -> SidecarValue {
        switch value {
        case let .array(items):
            if let (shape, flat) = tensor(value), flat.count >= threshold {
                let name = id + "." + path.joined(separator: ".") + ".npy"
                files.append((name, NPY.encode(flat, shape: shape)))
                return .object(["npy": .string(name), "shape": .array(shape.map { .number(Double($0)) }), "dtype": .string("<f8")])
            }
            return .array(items.enumerated().map { walk($1, path: path + [String($0)], id: id, threshold: threshold, files: &files) })
        case let .object(members):
            var out: [String: SidecarValue] = [:]
            for key in members.keys.sorted() {
                out[key] = walk(members[key]!, path: path + [key], id: id, threshold: threshold, files: &files)
            }
            return .object(out)
        default:
            return value
        }
    }

    /// The shape and the C-order numbers of a rectangular numeric array, or nil.
    static func tensor(_ value: SidecarValue) -> (shape: [Int], flat: [Double])? {
        switch value {
        case let .number(d):
            return ([], [d])
        case let .array(items):
            guard let first = items.first else { return ([0], []) }
            guard let (inner, head) = tensor(first) else { return nil }
            var flat = head
            flat.reserveCapacity(head.count * items.count)
            for item in items.dropFirst() {
                guard let (shape, values) = tensor(item), shape == inner else { return nil }
                flat += values
            }
            return ([items.count] + inner, flat)
        default:
            return nil
        }
    }
}

/// numpy's `.npy` format, version 1.0, for float64 arrays (the format is a 10-byte preamble, a Python-literal header
/// padded to a multiple of 64 bytes, and the raw little-endian data; numpy's `lib.format` documents it).
enum NPY {
    static func encode(_ values: [Double], shape: [Int]) -> [UInt8] {
        let dims = shape.map(String.init)
        let tuple = dims.count == 1 ? "(\(dims[0]),)" : "(" + dims.joined(separator: ", ") + ")"
        var header = "{'descr': '<f8', 'fortran_order': False, 'shape': \(tuple), }"
        let unpadded = 10 + header.utf8.count + 1
        header += String(repeating: " ", count: (64 - unpadded % 64) % 64) + "\n"
        var bytes: [UInt8] = [0x93] + Array("NUMPY".utf8) + [1, 0]
        let length = UInt16(header.utf8.count)
        bytes += [UInt8(length & 0xff), UInt8(length >> 8)]
        bytes += Array(header.utf8)
        bytes.reserveCapacity(bytes.count + 8 * values.count)
        for v in values {
            let bits = v.bitPattern.littleEndian
            withUnsafeBytes(of: bits) { bytes += $0 }
        }
        return bytes
    }
}
