namespace PeaceOps.Ops.Simulation.Scenarios.Loading;

/// <summary>One problem in a scenario, located precisely enough for the author to fix it without searching.</summary>
public sealed record ScenarioError(string File, string Item, string Field, string Message)
{
    public override string ToString()
    {
        var where = File;
        if (Item.Length > 0)
        {
            where += $": {Item}";
        }

        if (Field.Length > 0)
        {
            where += $", field '{Field}'";
        }

        return $"{where}: {Message}";
    }
}
