namespace PeaceOps.Ops.Simulation.Scenarios.Loading;

/// <summary>Refuses a second item with an id already used in the same file (grain keys must be unique).</summary>
internal sealed class UniqueIds
{
    private readonly Dictionary<string, string> _seen = new(StringComparer.OrdinalIgnoreCase);

    public void Check(ScenarioItemReader reader, string id)
    {
        if (id.Length == 0)
        {
            return;
        }

        if (!_seen.TryAdd(id, reader.Item))
        {
            reader.Error("id", $"duplicate id '{id}': already used by {_seen[id]} (ids are compared ignoring case)");
        }
    }
}
