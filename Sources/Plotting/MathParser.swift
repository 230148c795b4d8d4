/// A node of a parsed label: the small TeX subset the figures use.
indirect enum MathNode: Equatable {
    /// Characters set in one style (`italic` for math letters, upright otherwise).
    case glyphs(String, italic: Bool, bold: Bool)
    /// Horizontal space in em.
    case space(Double)
    /// A base with optional subscript and superscript.
    case scripts(base: MathNode, sub: MathNode?, sup: MathNode?)
    /// An accent drawn over its base.
    case accent(MathAccent, base: MathNode)
    /// A horizontal list.
    case row([MathNode])
    /// A part of a label in its own colour (`\textcolor{#RRGGBB}{…}`); the rest keeps the label's colour.
    case colored(Color, MathNode)
    /// A part set in the sans-serif family (`\mathsf{…}`, `\textsf{…}`), upright.
    case sans(MathNode)
}

/// The accents the layout draws itself (CMU fonts lack most precomposed forms, e.g. y̌, ž).
public enum MathAccent: String, Sendable, Equatable, CaseIterable {
    case tilde, check, hat, bar, dot

    /// The spacing accent glyph TeX uses for this accent, where the serif family has one.
    var glyph: String? {
        switch self {
        case .tilde: return "\u{02DC}"
        case .check: return "\u{02C7}"
        case .hat, .bar, .dot: return nil
        }
    }

    /// Whether `text` is only accent glyphs (a run the layout sets over the glyph before it).
    static func isAccentGlyph(_ text: String) -> Bool {
        !text.isEmpty && text.allSatisfy { c in allCases.contains { $0.glyph == String(c) } }
    }
}

/// Parses labels such as `Energy $E(y', z)$` or `$F_\beta(y)|_{y_1=0}$`: text outside `$…$` is upright;
/// inside, letters are italic, `_`/`^` make scripts, `\tilde{}` etc. make accents, `\beta`, `\infty`,
/// `\to`, `\geq` … are symbols. Unknown commands are kept as their name in upright type so that a typo
/// shows instead of vanishing.
struct MathParser {
    private var characters: [Character]
    private var position = 0
    private var bold = false

    static let symbols: [String: (String, italic: Bool, spacing: Double)] = [
        "alpha": ("α", true, 0), "beta": ("β", true, 0), "gamma": ("γ", true, 0), "delta": ("δ", true, 0),
        "epsilon": ("ϵ", true, 0), "varepsilon": ("ε", true, 0), "theta": ("θ", true, 0), "lambda": ("λ", true, 0),
        "mu": ("μ", true, 0), "pi": ("π", true, 0), "rho": ("ρ", true, 0), "sigma": ("σ", true, 0),
        "tau": ("τ", true, 0), "phi": ("ϕ", true, 0), "varphi": ("φ", true, 0), "omega": ("ω", true, 0), "nabla": ("∇", false, 0),
        "Delta": ("Δ", false, 0), "Theta": ("Θ", false, 0), "Sigma": ("Σ", false, 0),
        "infty": ("∞", false, 0), "to": ("→", false, 0.28), "rightarrow": ("→", false, 0.28),
        "leftarrow": ("←", false, 0.28), "geq": ("≥", false, 0.28), "ge": ("≥", false, 0.28),
        "leq": ("≤", false, 0.28), "le": ("≤", false, 0.28), "approx": ("≈", false, 0.28),
        "sim": ("∼", false, 0.28), "in": ("∈", false, 0.28), "times": ("×", false, 0.22),
        "cdot": ("·", false, 0.22), "pm": ("±", false, 0.22), "vert": ("|", false, 0), "ldots": ("…", false, 0),
        "prime": ("′", false, 0), "mid": ("|", false, 0.28), "propto": ("∝", false, 0.28), "doteq": ("≐", false, 0.28),
    ]
    static let spaces: [String: Double] = [",": 0.17, ";": 0.28, ":": 0.22, " ": 0.33, "quad": 1, "qquad": 2, "!": -0.17]
    static let relations: Set<Character> = ["=", "<", ">"]
    static let binaries: Set<Character> = ["+", "-", "−"]

    /// Parses a whole label into a row of nodes.
    static func parse(_ text: String) -> MathNode {
        var parser = MathParser(characters: Array(text))
        var nodes: [MathNode] = []
        var plain = ""
        while parser.position < parser.characters.count {
            let c = parser.characters[parser.position]
            if c == "$" {
                if !plain.isEmpty { nodes.append(.glyphs(plain, italic: false, bold: false)); plain = "" }
                parser.position += 1
                nodes.append(.row(parser.parseList(until: "$")))
                parser.position += 1
            } else {
                plain.append(c)
                parser.position += 1
            }
        }
        if !plain.isEmpty { nodes.append(.glyphs(plain, italic: false, bold: false)) }
        return .row(nodes)
    }

    private mutating func parseList(until terminator: Character) -> [MathNode] {
        var nodes: [MathNode] = []
        while position < characters.count, characters[position] != terminator {
            let c = characters[position]
            if c == "_" || c == "^" {
                position += 1
                let script = parseAtom() ?? .row([])
                let base = nodes.popLast() ?? .row([])
                if case let .scripts(b, sub, sup) = base {
                    nodes.append(.scripts(base: b, sub: c == "_" ? script : sub, sup: c == "^" ? script : sup))
                } else {
                    nodes.append(.scripts(base: base, sub: c == "_" ? script : nil, sup: c == "^" ? script : nil))
                }
            } else if c == "'" {
                position += 1
                // TeX sets y' as y^{\prime}. The math font's U+2032 is already the raised superscript prime, so it
                // follows the letter with a small kern (a text-font prime with a gap reads as a detached acute).
                nodes.append(.row([.space(0.015), .glyphs("′", italic: false, bold: bold)]))
            } else if let atom = parseAtom() {
                nodes.append(atom)
            }
        }
        return nodes
    }

    /// One atom: a character, a `{group}` or a `\command` with its argument.
    private mutating func parseAtom() -> MathNode? {
        guard position < characters.count else { return nil }
        let c = characters[position]
        position += 1
        switch c {
        case "{":
            let list = parseList(until: "}")
            position += 1
            return .row(list)
        case "\\":
            return parseCommand()
        case " ":
            return nil
        default:
            if c.isLetter { return .glyphs(String(c), italic: true, bold: bold) }
            let glyph = c == "-" ? "−" : String(c)
            if MathParser.relations.contains(c) { return spaced(glyph, 0.28) }
            if MathParser.binaries.contains(c) { return spaced(glyph, 0.22) }
            if c == "," || c == ";" { return .row([.glyphs(glyph, italic: false, bold: bold), .space(0.17)]) }
            return .glyphs(glyph, italic: false, bold: bold)
        }
    }

    private func spaced(_ glyph: String, _ em: Double) -> MathNode {
        .row([.space(em), .glyphs(glyph, italic: false, bold: bold), .space(em)])
    }

    private mutating func parseCommand() -> MathNode? {
        guard position < characters.count else { return nil }
        if !characters[position].isLetter {
            let symbol = String(characters[position])
            position += 1
            if let em = MathParser.spaces[symbol] { return .space(em) }
            return .glyphs(symbol, italic: false, bold: bold)  // \{, \}, \|, \$
        }
        var name = ""
        while position < characters.count, characters[position].isLetter {
            name.append(characters[position])
            position += 1
        }
        if let accent = MathAccent(rawValue: name) {
            return .accent(accent, base: parseAtom() ?? .row([]))
        }
        if name == "mathrm" || name == "text" {
            return parseStyled { node in MathParser.upright(node) }
        }
        if name == "boldsymbol" || name == "mathbf" || name == "bm" {
            let wasBold = bold
            bold = true
            let node = parseAtom()
            bold = wasBold
            return node.map { name == "mathbf" ? MathParser.upright($0) : $0 }
        }
        if name == "textcolor" || name == "color" {
            let spec = parseRawGroup()
            let node = parseAtom() ?? .row([])
            guard let color = Color(hex: spec) else { return .row([.glyphs("\\textcolor{\(spec)}", italic: false, bold: bold), node]) }
            return .colored(color, node)
        }
        if name == "textsf" {
            return .sans(.glyphs(parseRawGroup(), italic: false, bold: bold))
        }
        if name == "mathsf" {
            return parseAtom().map { .sans(MathParser.upright($0)) }
        }
        if name == "left" || name == "right" { return parseAtom() }
        if let em = MathParser.spaces[name] { return .space(em) }
        if let (glyph, italic, spacing) = MathParser.symbols[name] {
            return spacing > 0 ? spaced(glyph, spacing) : .glyphs(glyph, italic: italic, bold: bold)
        }
        return .glyphs("\\" + name, italic: false, bold: bold)
    }

    /// The text of a `{…}` group as written (a colour such as `#FB8072`), or one character.
    private mutating func parseRawGroup() -> String {
        while position < characters.count, characters[position] == " " { position += 1 }
        guard position < characters.count else { return "" }
        guard characters[position] == "{" else { position += 1; return String(characters[position - 1]) }
        var text = ""
        position += 1
        while position < characters.count, characters[position] != "}" { text.append(characters[position]); position += 1 }
        position += 1
        return text
    }

    private mutating func parseStyled(_ transform: (MathNode) -> MathNode) -> MathNode? {
        parseAtom().map(transform)
    }

    /// The same node with every glyph upright.
    static func upright(_ node: MathNode) -> MathNode {
        switch node {
        case let .glyphs(text, _, bold): return .glyphs(text, italic: false, bold: bold)
        case .space: return node
        case let .scripts(base, sub, sup): return .scripts(base: upright(base), sub: sub.map(upright), sup: sup.map(upright))
        case let .accent(a, base): return .accent(a, base: upright(base))
        case let .row(nodes): return .row(nodes.map(upright))
        case let .colored(color, inner): return .colored(color, upright(inner))
        case let .sans(inner): return .sans(upright(inner))
        }
    }
}
