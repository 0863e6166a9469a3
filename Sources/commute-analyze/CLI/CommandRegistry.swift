/// Every command of the tool, in the order the root help lists them.
enum CommandRegistry {
  /// One line per command: add a new command here.
  static var all: [CommandDescriptor] {
    [
      CommandDescriptor(CoverageCommand.self),
      CommandDescriptor(RouteCommand.self),
      CommandDescriptor(MatrixCommand.self),
      CommandDescriptor(IsochroneCommand.self),
      CommandDescriptor(MapCommand.self),
      CommandDescriptor(CompareCommand.self),
      CommandDescriptor(CheckCommand.self),
      CommandDescriptor(DiffCommand.self),
      CommandDescriptor(ValidateCommand.self),
      CommandDescriptor(SweepCommand.self),
      CommandDescriptor(MergeCommand.self),
      CommandDescriptor(BuildCommand.self),
    ]
  }

  /// The command with this name, if any.
  static func command(named name: String) -> CommandDescriptor? {
    all.first { $0.name == name }
  }
}
