#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import EBMCore

extension EllipseDecoder {
    /// g(z) moved `distance` along the ellipse's outward unit normal, which is ∝ (w₂ cos z, w₁ sin z) up to sign.
    func offsetOutward(_ z: Double, by distance: Double) -> Point2 {
        let p = self(z)
        var n = Point2(w2 * cos(z), w1 * sin(z))
        if n.x * p.x + n.y * p.y < 0 { n = Point2(-n.x, -n.y) }
        let length = (n.x * n.x + n.y * n.y).squareRoot()
        guard length > 0 else { return p }
        return Point2(p.x + distance * n.x / length, p.y + distance * n.y / length)
    }
}
