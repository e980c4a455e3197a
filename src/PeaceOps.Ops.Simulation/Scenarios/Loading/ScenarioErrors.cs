namespace PeaceOps.Ops.Simulation.Scenarios.Loading;

/// <summary>Collects problems while a scenario is read, so that one run reports them all.</summary>
internal sealed class ScenarioErrors
{
    private readonly List<ScenarioError> _errors = [];

    public IReadOnlyList<ScenarioError> All => _errors;

    public bool Any => _errors.Count > 0;

    public void Add(string file, string item, string field, string message) => _errors.Add(new ScenarioError(file, item, field, message));
}
