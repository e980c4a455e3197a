namespace PeaceOps.Ops.Silo.Api;

/// <summary>Limits at the edge of the API.</summary>
public static class ApiLimits
{
    /// <summary>The largest request body accepted: a 9-line, an airspace polygon or a batch of position reports fit in far less.</summary>
    public const long MaxRequestBodyBytes = 1024 * 1024;
}
