using System.Text.Json.Serialization;

namespace PeaceOps.Ops.Contracts.Mission;

[GenerateSerializer, Alias("peaceops.landing-site-kind")]
[JsonConverter(typeof(JsonStringEnumConverter<LandingSiteKind>))]
public enum LandingSiteKind
{
    [JsonStringEnumMemberName("base")]
    Base = 0,

    [JsonStringEnumMemberName("facilityHelipad")]
    FacilityHelipad = 1,

    [JsonStringEnumMemberName("helicopterLandingSite")]
    HelicopterLandingSite = 2,

    /// <summary>An airfield that is no unit's base (Bamako-Sénou), for fixed-wing strategic evacuation.</summary>
    [JsonStringEnumMemberName("airfield")]
    Airfield = 3,
}
