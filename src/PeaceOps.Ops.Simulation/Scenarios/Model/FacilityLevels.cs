namespace PeaceOps.Ops.Simulation.Scenarios.Model;

/// <summary>The words a scenario may use for a facility's level and capabilities.</summary>
public static class FacilityLevels
{
    public static readonly IReadOnlyList<string> Levels = ["I", "I+", "II", "III"];

    public static readonly IReadOnlyList<string> Capabilities = ["resuscitation", "surgery", "icu", "imaging", "blood", "specialistSurgery", "amet"];
}
