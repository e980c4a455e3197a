namespace PeaceOps.Ops.Planning.Tasking;

/// <summary>9-line line 6 (wartime): N no enemy, P possible enemy, E enemy in area, X armed escort required.</summary>
public enum PickupSecurity
{
    NoEnemy,
    PossibleEnemy,
    EnemyInArea,
    EscortRequired,
}
