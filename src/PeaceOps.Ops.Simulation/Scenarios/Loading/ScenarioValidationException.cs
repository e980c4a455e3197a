namespace PeaceOps.Ops.Simulation.Scenarios.Loading;

/// <summary>A scenario that cannot be loaded; lists every problem found, not only the first.</summary>
public sealed class ScenarioValidationException : Exception
{
    public ScenarioValidationException(string scenario, IReadOnlyList<ScenarioError> errors)
        : base(Describe(scenario, errors))
    {
        Scenario = scenario;
        Errors = errors;
    }

    public ScenarioValidationException()
        : this("(unknown)", [])
    {
    }

    public ScenarioValidationException(string message)
        : base(message)
    {
        Scenario = "(unknown)";
        Errors = [];
    }

    public ScenarioValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Scenario = "(unknown)";
        Errors = [];
    }

    public string Scenario { get; } = "(unknown)";

    public IReadOnlyList<ScenarioError> Errors { get; } = [];

    private static string Describe(string scenario, IReadOnlyList<ScenarioError> errors) =>
        $"Scenario '{scenario}' is invalid ({errors.Count} problem{(errors.Count == 1 ? "" : "s")}):" +
        string.Concat(errors.Select(e => Environment.NewLine + "  - " + e));
}
