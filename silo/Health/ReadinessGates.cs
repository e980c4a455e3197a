using System.Collections.Concurrent;

namespace PeaceOps.Ops.Silo.Health;

/// <summary>
/// Named conditions that must all hold before the product says it is ready (silo active, scenario loaded, ...).
/// A component declares its gate when it is registered (<see cref="ReadinessGateRegistration.DeclareReadinessGate"/>)
/// and opens it when its start-up work is done.
/// </summary>
public sealed class ReadinessGates(IEnumerable<DeclaredReadinessGate> declared)
{
    private readonly ConcurrentDictionary<string, bool> _gates = new(declared.Select(d => KeyValuePair.Create(d.Name, false)), StringComparer.Ordinal);

    public void Open(string name) => _gates[name] = true;

    public void Close(string name) => _gates[name] = false;

    public IReadOnlyCollection<string> Pending => _gates.Where(g => !g.Value).Select(g => g.Key).Order(StringComparer.Ordinal).ToArray();
}

/// <summary>A gate that must open before the product is ready.</summary>
public sealed record DeclaredReadinessGate(string Name);

public static class ReadinessGateRegistration
{
    public static IServiceCollection DeclareReadinessGate(this IServiceCollection services, string name) =>
        services.AddSingleton(new DeclaredReadinessGate(name));
}
