namespace PeaceOps.Ops.Silo.Api.Reference;

/// <summary>
/// The reference utilities of the contract (any role): daylight, MGRS both ways and the 9-line parser.
/// Pure look-ups over PeaceOps.Ops.Domain; no grain, no storage.
/// </summary>
public static class ReferenceEndpoints
{
    public static RouteGroupBuilder MapReferenceEndpoints(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapDaylightEndpoint();
        api.MapGeoEndpoints();
        api.MapMedevacParseEndpoint();
        return api;
    }
}
