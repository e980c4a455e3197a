using PeaceOps.Ops.Domain.Geo;

namespace PeaceOps.Ops.Silo.Api.Reference;

/// <summary><c>GET /geo/mgrs</c> and <c>GET /geo/latlon</c>: MGRS both ways.</summary>
internal static class GeoEndpoints
{
    public static void MapGeoEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/geo/mgrs", (HttpRequest request) =>
        {
            var query = new QueryValues(request.Query);
            var lat = query.Number("lat", -90, 90);
            var lon = query.Number("lon", -180, 180);
            var precision = query.Integer("precision", 1, 5, fallback: 5);
            if (query.HasErrors)
            {
                return Results.ValidationProblem(query.Errors);
            }

            if (!Mgrs.TryFormat(new GeoPosition(lat, lon), precision, out var text, out var error))
            {
                query.Add(error!.Problem == MgrsProblem.InvalidPrecision ? "precision" : "lat", error.Message);
                return Results.ValidationProblem(query.Errors);
            }

            return Results.Ok(new MgrsResponse(text));
        })
        .WithName("GetMgrs")
        .WithSummary("The MGRS reference (no spaces) of a WGS-84 position; precision 1-5 digits per axis.")
        .Produces<MgrsResponse>()
        .ProducesValidationProblem();

        api.MapGet("/geo/latlon", (HttpRequest request) =>
        {
            var query = new QueryValues(request.Query);
            var text = query.Text("mgrs", 64);
            if (query.HasErrors)
            {
                return Results.ValidationProblem(query.Errors);
            }

            if (!Mgrs.TryParse(text, out var reference, out var error))
            {
                query.Add("mgrs", error!.Message);
                return Results.ValidationProblem(query.Errors);
            }

            return Results.Ok(new LatLonResponse(reference.SouthWestCorner.Latitude, reference.SouthWestCorner.Longitude, reference.PrecisionMeters, reference.Text));
        })
        .WithName("GetLatLon")
        .WithSummary("The south-west corner of an MGRS square and its size; spaces and case in the reference do not matter.")
        .Produces<LatLonResponse>()
        .ProducesValidationProblem();
    }
}
