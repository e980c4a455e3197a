namespace PeaceOps.Ops.Domain.Medevac;

/// <summary>Line 6 (wartime): security at the pickup site.</summary>
public enum PickupSecurity
{
    /// <summary>N: no enemy troops in the area.</summary>
    NoEnemy,

    /// <summary>P: possible enemy troops in the area (approach with caution).</summary>
    PossibleEnemy,

    /// <summary>E: enemy troops in the area (approach with caution).</summary>
    EnemyInArea,

    /// <summary>X: enemy troops in the area, armed escort required.</summary>
    ArmedEscortRequired,
}
