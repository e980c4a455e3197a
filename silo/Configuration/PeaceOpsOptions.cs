using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;
using PeaceOps.Ops.Silo.Auth;

namespace PeaceOps.Ops.Silo.Configuration;

/// <summary>The product's settings, section <c>PeaceOps</c> (appsettings.json, <c>PeaceOps__...</c> variables, command line).</summary>
public sealed class PeaceOpsOptions
{
    public const string SectionName = "PeaceOps";

    /// <summary>Embedded: one process, SQLite, demo accounts. Cluster: several silos over PostgreSQL, an external identity provider.</summary>
    public HostingMode Mode { get; set; } = HostingMode.Embedded;

    /// <summary>Where the embedded database and other files live; created if missing.</summary>
    [Required(AllowEmptyStrings = false)]
    public string DataDirectory { get; set; } = "./data";

    /// <summary>The mission loaded at start: a scenario name shipped with the product, a path, or <c>none</c>.</summary>
    [Required(AllowEmptyStrings = false)]
    public string Scenario { get; set; } = "demo";

    [ValidateObjectMembers]
    public SimulationOptions Simulation { get; set; } = new();

    [ValidateObjectMembers]
    public StorageOptions Storage { get; set; } = new();

    [ValidateObjectMembers]
    public OrleansOptions Orleans { get; set; } = new();

    [ValidateObjectMembers]
    public AuthOptions Auth { get; set; } = new();
}
