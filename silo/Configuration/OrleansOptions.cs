using System.ComponentModel.DataAnnotations;

namespace PeaceOps.Ops.Silo.Configuration;

/// <summary>Section <c>PeaceOps:Orleans</c>: how this silo finds the others.</summary>
public sealed class OrleansOptions
{
    [Required(AllowEmptyStrings = false)]
    public string ClusterId { get; set; } = "peaceops";

    [Required(AllowEmptyStrings = false)]
    public string ServiceId { get; set; } = "peaceops-ops";

    /// <summary>Silo-to-silo port; 0 picks a free loopback port (embedded mode), so two copies on one machine never collide.</summary>
    [Range(0, 65535)]
    public int SiloPort { get; set; }

    /// <summary>Client gateway port; 0 picks a free loopback port (embedded mode).</summary>
    [Range(0, 65535)]
    public int GatewayPort { get; set; }
}
