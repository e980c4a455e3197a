namespace PeaceOps.Ops.Dashboard.Relay;

/// <summary>The connections that asked for the same topics: one SignalR group, and the last sequence sent to it.</summary>
public sealed class ConnectionGroup(string name, IReadOnlySet<string> topics, long lastSent)
{
    public string Name { get; } = name;

    public IReadOnlySet<string> Topics { get; } = topics;

    public long LastSent { get; set; } = lastSent;

    public int Members { get; set; }

    public static string NameFor(IEnumerable<string> topics) => "topics:" + string.Join(",", topics.Order(StringComparer.Ordinal));
}
