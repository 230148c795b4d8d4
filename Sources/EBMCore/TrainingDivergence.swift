/// When a training run counts as diverged (docs/experiments.md, `training`): the loop stops at the first step whose
/// batch loss exceeds `lossGrowth` × max(1, the first step's loss), whose loss or parameters are not finite, or after
/// which some parameter's magnitude exceeds `parameterBound`.
public struct DivergenceRule: Sendable, Equatable {
    /// The factor by which the loss may grow over the first step's (floored at 1).
    public var lossGrowth: Double
    /// The largest magnitude a parameter may reach.
    public var parameterBound: Double

    public init(lossGrowth: Double = 1e6, parameterBound: Double) {
        self.lossGrowth = lossGrowth
        self.parameterBound = parameterBound
    }

    /// The ellipse decoder: |w₁|, |w₂| ≤ 1000, the bound of `model.w`.
    public static let ellipse = DivergenceRule(parameterBound: 1000)
    /// Neural models (the horn predictors): every weight within ±10⁶.
    public static let neural = DivergenceRule(parameterBound: 1e6)

    /// Why a step breaks the rule (nil when it does not). `firstLoss` is the loss of the run's first step.
    public func violation(loss: Double, firstLoss: Double, parameters: [Double]) -> String? {
        if !loss.isFinite { return "the loss is \(loss)" }
        if let bad = parameters.first(where: { !$0.isFinite }) { return "a parameter is \(bad)" }
        let limit = lossGrowth * max(1, abs(firstLoss))
        if abs(loss) > limit { return "the loss \(loss) grew more than \(lossGrowth)× over the first step's \(firstLoss)" }
        if let (index, value) = parameters.enumerated().first(where: { abs($0.element) > parameterBound }) {
            return "parameter \(index) = \(value) left ±\(parameterBound)"
        }
        return nil
    }

    /// The first step of `history` that breaks the rule, judged on each step's loss and recorded θ, and on
    /// `finalParameters` for the last step (histories recorded without θ).
    public func firstViolation(in history: [TrainingStep], finalParameters: [Double]) -> TrainingDivergence? {
        guard let firstLoss = history.first?.loss else { return nil }
        for (i, step) in history.enumerated() {
            let parameters = i == history.count - 1 && step.parameters.isEmpty ? finalParameters : step.parameters
            if let reason = violation(loss: step.loss, firstLoss: firstLoss, parameters: parameters) {
                return TrainingDivergence(step: step.step, reason: reason)
            }
        }
        return nil
    }
}

/// A training run stopped by its `DivergenceRule`.
public struct TrainingDivergence: Error, Sendable, Equatable, CustomStringConvertible {
    /// The 1-based step at which the rule broke.
    public var step: Int
    public var reason: String
    public var description: String { "training diverged at step \(step): \(reason)" }
}
