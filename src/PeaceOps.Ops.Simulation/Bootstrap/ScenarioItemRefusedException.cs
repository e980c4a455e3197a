namespace PeaceOps.Ops.Simulation.Bootstrap;

/// <summary>A grain refused a scenario item that the loader accepted (a rule only the grain knows); names file and item.</summary>
public sealed class ScenarioItemRefusedException : Exception
{
    public ScenarioItemRefusedException(string file, string item, Exception innerException)
        : base($"{file}: {item}: refused by the mission: {innerException?.Message}", innerException)
    {
        File = file;
        Item = item;
    }

    public ScenarioItemRefusedException()
    {
    }

    public ScenarioItemRefusedException(string message)
        : base(message)
    {
    }

    public ScenarioItemRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public string File { get; } = "";

    public string Item { get; } = "";
}
