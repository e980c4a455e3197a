using PeaceOps.Ops.Contracts.Common;

namespace PeaceOps.Ops.Grains;

/// <summary>Refusals before anything is written: each names the JSON field at fault.</summary>
internal static class Validation
{
    public static void Require(bool condition, string field, string message)
    {
        if (!condition)
        {
            throw new CommandRejectedException(field, message);
        }
    }

    public static void RequireText(string? value, string field, int maxLength = 200)
    {
        Require(!string.IsNullOrWhiteSpace(value), field, $"{field} is required.");
        Require(value!.Length <= maxLength, field, $"{field} is longer than {maxLength} characters.");
    }

    public static void RequireLatLon(double lat, double lon, string prefix)
    {
        Require(double.IsFinite(lat) && lat is >= -90 and <= 90, prefix + "lat", "Latitude must be between -90 and 90 degrees.");
        Require(double.IsFinite(lon) && lon is >= -180 and <= 180, prefix + "lon", "Longitude must be between -180 and 180 degrees.");
    }

    public static void RequireContext(CommandContext? context)
    {
        Require(context is not null, "context", "A command needs its context (actor and idempotency key).");
        RequireText(context!.Actor, "actor");
        RequireText(context.IdempotencyKey, "idempotencyKey");
    }
}
