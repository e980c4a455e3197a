using System.Text.Json.Serialization;

namespace PeaceOps.Ops.Contracts.Facilities;

/// <summary>UN Medical Support Manual levels of care. JSON names are the ones the contract uses ("I", "I+", "II", "III", "IV").</summary>
[GenerateSerializer, Alias("peaceops.facility-level")]
[JsonConverter(typeof(JsonStringEnumConverter<FacilityLevel>))]
public enum FacilityLevel
{
    [JsonStringEnumMemberName("I")]
    LevelI = 0,

    /// <summary>Level I with modules (AMET, surgical module).</summary>
    [JsonStringEnumMemberName("I+")]
    LevelIPlus = 1,

    /// <summary>Damage-control surgery: the 2-hour clock's destination.</summary>
    [JsonStringEnumMemberName("II")]
    LevelII = 2,

    [JsonStringEnumMemberName("III")]
    LevelIII = 3,

    [JsonStringEnumMemberName("IV")]
    LevelIV = 4,
}
