/// Text echoed to a terminal with its control characters made visible: `\u{1B}` for ESC, `\u{7}` for BEL,
/// and so on, so that a name or a key read from a file can neither drive the terminal nor forge a line.
public enum TerminalText {
    /// `text` with every control character (C0, DEL, C1) and bidirectional override escaped; newlines are
    /// kept when `keepingNewlines` (for messages that are several lines on purpose).
    public static func escaped(_ text: String, keepingNewlines: Bool = true) -> String {
        guard text.unicodeScalars.contains(where: { needsEscape($0, keepingNewlines: keepingNewlines) }) else { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            if needsEscape(scalar, keepingNewlines: keepingNewlines) {
                result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Whether `scalar` is a control character: U+0000–U+001F, U+007F–U+009F.
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }

    static func needsEscape(_ scalar: Unicode.Scalar, keepingNewlines: Bool) -> Bool {
        if keepingNewlines, scalar == "\n" { return false }
        return isControl(scalar) || (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
    }
}
