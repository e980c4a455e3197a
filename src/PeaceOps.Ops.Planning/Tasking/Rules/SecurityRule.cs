namespace PeaceOps.Ops.Planning.Tasking.Rules;

/// <summary>9-line line 6: an enemy at the pickup does not stop the lift but the duty officer must act on it.</summary>
internal static class SecurityRule
{
    public static void Check(OptionContext option, List<Violation> violations)
    {
        switch (option.Request.Security)
        {
            case PickupSecurity.EscortRequired:
                violations.Add(new(ViolationCodes.SecurityEscort, ViolationSeverity.Warning,
                    "Enemy in the area of the pickup (line 6 X): an armed escort is required; confirm it is assigned before launch."));
                break;
            case PickupSecurity.EnemyInArea:
                violations.Add(new(ViolationCodes.SecurityEnemyInArea, ViolationSeverity.Warning,
                    "Enemy in the area of the pickup (line 6 E): brief the crew to approach with caution."));
                break;
            case PickupSecurity.NoEnemy:
            case PickupSecurity.PossibleEnemy:
            default:
                break;
        }
    }
}
