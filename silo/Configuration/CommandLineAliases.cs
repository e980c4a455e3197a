namespace PeaceOps.Ops.Silo.Configuration;

/// <summary>The short command-line forms a user types (<c>--scenario demo --time-scale 60 --no-simulation</c>) mapped onto settings.</summary>
public static class CommandLineAliases
{
    public static readonly IReadOnlyDictionary<string, string> SwitchMappings = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["--scenario"] = "PeaceOps:Scenario",
        ["--time-scale"] = "PeaceOps:Simulation:TimeScale",
        ["--data-directory"] = "PeaceOps:DataDirectory",
        ["--mode"] = "PeaceOps:Mode",
    };

    /// <summary>Value-less flags become key=value pairs the configuration binder understands.</summary>
    public static string[] Expand(string[] args) =>
        args.Select(a => string.Equals(a, "--no-simulation", StringComparison.OrdinalIgnoreCase) ? "--PeaceOps:Simulation:Enabled=false" : a).ToArray();
}
