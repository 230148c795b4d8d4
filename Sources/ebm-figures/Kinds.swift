import ArgumentParser
import ExperimentSpec
import Foundation

/// `ebm-figures kinds [KIND]`: the figure kinds, and for one kind its `plot` keys with their types, limits, defaults
/// and docs, from the kinds' declarations (the same the reader, the schema and docs/experiments.md come from).
struct Kinds: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the figure kinds; with a kind, its plot keys: type and limits, default, what each does.",
        discussion: "`--schema-definitions` and `--markdown` print the schema's plot definitions and the docs table the "
            + "declarations give (`make schema` writes them into schema/experiments.schema.json and docs/experiments.md).")

    @Argument(help: ArgumentHelp("A kind (e.g. samples).", valueName: "kind"), completion: .list(kindCompletions))
    var kind: String?

    @Flag(name: .long, help: "Print the JSON Schema definitions of every kind's plot section (plot-KIND).")
    var schemaDefinitions = false

    @Flag(name: .long, help: "Print the Markdown table of every kind's plot keys.")
    var markdown = false

    func validate() throws {
        if let kind, ExperimentKind(rawValue: kind) == nil {
            let close = Suggestions.closest(to: kind, in: kindCompletions)
            throw ValidationError("unknown kind \"\(kind)\"" + (close.isEmpty ? "" : " (did you mean \(close.map { "\"\($0)\"" }.joined(separator: ", "))?)")
                                  + "; the kinds: \(kindCompletions.joined(separator: ", "))")
        }
        if schemaDefinitions && markdown || (schemaDefinitions || markdown) && kind != nil {
            throw ValidationError("give one of a kind, --schema-definitions and --markdown")
        }
    }

    func run() throws {
        if schemaDefinitions {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            Console.line(String(decoding: try encoder.encode(KindReference.schemaDefinitions), as: UTF8.self))
        } else if markdown {
            StandardStreams.out(KindReference.markdown)
        } else if let kind = kind.flatMap(ExperimentKind.init(rawValue:)) {
            StandardStreams.out(KindReference.describe(kind))
        } else {
            StandardStreams.out(KindReference.kindList)
        }
    }
}
