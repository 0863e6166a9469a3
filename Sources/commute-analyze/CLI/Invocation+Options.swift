import TransitModel

extension Invocation {
  /// The travel-time parameters: `base` (the defaults, or as the scenarios set them), then every
  /// `--param NAME=VALUE` in order, then the named options (`--transfer-penalty-min 8`): the
  /// command line applies after the scenarios. A bad name or value is a usage error naming the
  /// option.
  func parameters(over base: Parameters = .defaults) throws -> Parameters {
    var parameters = base
    for assignment in arguments.allValues("param") {
      guard let equals = assignment.firstIndex(of: "=") else {
        throw usageError(
          "invalid value '\(assignment)' for '--param': expected NAME=VALUE, e.g. "
            + "transfer-penalty-min=8")
      }
      let name = String(assignment[..<equals]).trimmingSpaces()
      let value = String(assignment[assignment.index(after: equals)...]).trimmingSpaces()
      do {
        try parameters.set(name, to: value)
      } catch {
        throw usageError("invalid value '\(assignment)' for '--param': \(error)")
      }
    }
    for spec in CommonOptions.parameterSpecs() + CommonOptions.parameterAliasSpecs() {
      guard let value = arguments.value(spec.name) else { continue }
      do {
        try parameters.set(spec.name, to: value)
      } catch {
        throw usageError("invalid value '\(value)' for '--\(spec.name)': \(error)")
      }
    }
    return parameters
  }

  /// The single `--profile`, or the command's default.
  func profile() throws -> Profile {
    if let profile = try arguments.choice("profile", as: Profile.self) { return profile }
    if case .single(let name) = profileOption,
      let profile = Profile(rawValue: name)
    {
      return profile
    }
    return .any
  }

  /// Every `--profile` given (comma lists allowed), in canonical order, or the command's default.
  func profiles() throws -> [Profile] {
    let given = try arguments.choices("profile", as: Profile.self)
    if !given.isEmpty { return Profile.allCases.filter { given.contains($0) } }
    if case .several(let names) = profileOption {
      return names.compactMap(Profile.init(rawValue:))
    }
    return Profile.allCases
  }
}
