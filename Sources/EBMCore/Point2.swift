/// A point y = (y₁, y₂) of the observation plane (also used for 2-vectors such as ∇_y F and ∂F/∂(w₁, w₂)).
public typealias Point2 = SIMD2<Double>
