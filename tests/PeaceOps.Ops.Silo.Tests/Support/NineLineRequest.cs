namespace PeaceOps.Ops.Silo.Tests.Support;

/// <summary>
/// A structured <c>POST /api/v1/incidents</c> body: one urgent litter casualty called in by DUSTOFF 6. Tests vary only what
/// they are about (the key, the pickup, line 6 security), so the other lines stay valid in one place.
/// </summary>
public static class NineLineRequest
{
    public static object Body(string idempotencyKey, double lat, double lon, string security) => new
    {
        idempotencyKey,
        nineLine = new
        {
            pickup = new { lat, lon },
            radioFrequency = "38.90",
            callSign = "DUSTOFF 6",
            patients = new { urgent = 1 },
            specialEquipment = Array.Empty<string>(),
            litter = 1,
            ambulatory = 0,
            security,
            marking = "C",
            nationality = "C",
            terrain = "NONE",
        },
    };
}
