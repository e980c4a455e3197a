using PeaceOps.Ops.Domain.Geo;
using PeaceOps.Ops.Domain.Sun;

namespace PeaceOps.Ops.Silo.Api.Reference;

/// <summary><c>GET /daylight?lat=&amp;lon=&amp;date=yyyy-MM-dd</c>: the sun's events for the solar day whose local noon falls on that date.</summary>
internal static class DaylightEndpoint
{
    public static void MapDaylightEndpoint(this RouteGroupBuilder api) =>
        api.MapGet("/daylight", (HttpRequest request) =>
        {
            var query = new QueryValues(request.Query);
            var lat = query.Number("lat", -90, 90);
            var lon = query.Number("lon", -180, 180);
            var date = query.Date("date");
            if (query.HasErrors)
            {
                return Results.ValidationProblem(query.Errors);
            }

            var times = DaylightCalculator.For(date, new GeoPosition(lat, lon));
            return Results.Ok(new DaylightResponse(
                date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                lat,
                lon,
                Utc(times.Sunrise),
                Utc(times.Sunset),
                Utc(times.CivilDawn),
                Utc(times.CivilDusk),
                Utc(times.NauticalDawn),
                Utc(times.NauticalDusk),
                Utc(times.AstronomicalDawn),
                Utc(times.AstronomicalDusk),
                times.SolarNoon.UtcDateTime));
        })
        .WithName("GetDaylight")
        .WithSummary("Sunrise, sunset and twilights (UTC) for a place and date; null when the event does not happen (polar day/night).")
        .Produces<DaylightResponse>()
        .ProducesValidationProblem();

    // UTC DateTime serialises with a trailing Z, as the contract asks.
    private static DateTime? Utc(DateTimeOffset? instant) => instant?.UtcDateTime;
}
