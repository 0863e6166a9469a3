/// A command as the parser, help and dispatcher see it: the static description of a `CLICommand`
/// captured as a value (no existential metatypes).
struct CommandDescriptor {
  var name: String
  var abstract: String
  var discussion: String
  var examples: [String]
  var arguments: [ArgumentSpec]
  var options: [OptionSpec]
  var formats: [OutputFormat]
  var profileOption: ProfileOption
  var usesParameters: Bool
  var run: (Invocation) throws -> ExitStatus

  init<Command: CLICommand>(_ command: Command.Type) {
    name = Command.name
    abstract = Command.abstract
    discussion = Command.discussion
    examples = Command.examples
    arguments = Command.arguments
    options = Command.options
    formats = Command.formats
    profileOption = Command.profileOption
    usesParameters = Command.usesParameters
    run = { try Command.run($0) }
  }
}
