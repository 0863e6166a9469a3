/// One named option of a command, as `--help` shows it and the parser accepts it.
///
/// Long names are kebab-case without the dashes (`"transfer-penalty"`); `valueName == nil` makes
/// the option a flag that takes no value.
struct OptionSpec: Sendable {
  var name: String
  var short: Character? = nil
  var valueName: String? = nil
  var help: String
  /// The values an enum option accepts; listed by `--help` and checked by the parser.
  var allowedValues: [String]? = nil
  /// The default shown by `--help` (`nil`: none shown).
  var defaultValue: String? = nil
  /// Whether the option may be given several times (values accumulate in order).
  var repeatable: Bool = false
  /// Whether `--help` lists the option (hidden options still parse).
  var hidden: Bool = false

  var isFlag: Bool { valueName == nil }

  /// `-o, --output <file>` as the help screen writes it.
  var synopsis: String {
    var text = ""
    if let short { text += "-\(short), " }
    text += "--\(name)"
    if let valueName { text += " <\(valueName)>" }
    return text
  }
}
