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

    /// <summary>Embedded mode only: the silo port of another local silo to join (two local silos in tests); default: itself.</summary>
    [Range(1, 65535)]
    public int? PrimarySiloPort { get; set; }

    /// <summary>Cluster mode: the IP address other silos reach this one on; default: the host's first non-loopback IPv4.</summary>
    [RegularExpression(@"^[0-9a-fA-F.:]+$", ErrorMessage = "PeaceOps:Orleans:AdvertisedAddress must be an IP address.")]
    public string? AdvertisedAddress { get; set; }
}
