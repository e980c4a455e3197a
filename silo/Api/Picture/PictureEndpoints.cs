using PeaceOps.Ops.Contracts.Picture;
using PeaceOps.Ops.Dashboard.Hub.Picture;
using PeaceOps.Ops.Silo.Auth;

namespace PeaceOps.Ops.Silo.Api.Picture;

/// <summary><c>GET /api/v1/picture</c>: the whole operations picture with its sequence (the hub's snapshot, over HTTP).</summary>
public static class PictureEndpoints
{
    public static RouteGroupBuilder MapPicture(this RouteGroupBuilder api)
    {
        api.MapGet("/picture", async (IGrainFactory grains) =>
                TypedResults.Ok((await grains.GetGrain<IPictureGrain>(IPictureGrain.Key).GetPicture()).ToView()))
            .RequireAuthorization(Policies.ReadPicture)
            .WithTags("Picture")
            .WithSummary("The operations picture: aircraft, facilities, incidents, airspace, with its sequence number.");
        return api;
    }
}
