using PeaceOps.Ops.Planning.Routing;

namespace PeaceOps.Ops.Planning.Tasking;

/// <summary>A leg as flown plus the route behind it (its zone crossings feed the airspace rules).</summary>
internal sealed record FlownLeg(TaskingLeg Leg, PlannedRoute Route)
{
    public bool HasRoute => Route.Found;

    public TimeSpan Duration => Leg.ArriveAt - Leg.DepartAt;
}
