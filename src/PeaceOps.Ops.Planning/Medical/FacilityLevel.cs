namespace PeaceOps.Ops.Planning.Medical;

/// <summary>UN Medical Support Manual levels of care.</summary>
public enum FacilityLevel
{
    LevelI = 1,
    LevelIPlus = 2,
    LevelII = 3,
    LevelIII = 4,
}
