using System.Text.RegularExpressions;

namespace PeaceOps.Ops.Simulation.Scenarios.Loading;

/// <summary>
/// Finds a scenario from the setting <c>PeaceOps:Scenario</c>: <c>none</c> (an empty mission), the name of a
/// scenario shipped beside the program (<c>scenarios/&lt;name&gt;</c> in the output folder), or a folder path.
/// </summary>
public static partial class ScenarioCatalog
{
    public const string None = "none";

    public const string ShippedFolder = "scenarios";

    public static string ShippedRoot(string? baseDirectory = null) => Path.Combine(baseDirectory ?? AppContext.BaseDirectory, ShippedFolder);

    public static IReadOnlyList<string> ShippedNames(string? baseDirectory = null)
    {
        var root = ShippedRoot(baseDirectory);
        return Directory.Exists(root)
            ? Directory.GetDirectories(root).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToArray()
            : [];
    }

    /// <summary>The folder of the scenario, or null for <c>none</c>.</summary>
    /// <exception cref="ScenarioValidationException">Neither a shipped name nor an existing folder.</exception>
    public static string? Resolve(string nameOrPath, string? baseDirectory = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(nameOrPath);
        if (string.Equals(nameOrPath, None, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (ShippedName().IsMatch(nameOrPath))
        {
            var shipped = Path.Combine(ShippedRoot(baseDirectory), nameOrPath);
            if (Directory.Exists(shipped))
            {
                return shipped;
            }
        }

        if (Directory.Exists(nameOrPath))
        {
            return Path.GetFullPath(nameOrPath);
        }

        throw new ScenarioValidationException(nameOrPath, [new ScenarioError(
            nameOrPath,
            "",
            "",
            $"no such scenario: not a shipped name ({string.Join(", ", ShippedNames(baseDirectory))}), not an existing folder, and not '{None}'")]);
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_-]*$")]
    private static partial Regex ShippedName();
}
