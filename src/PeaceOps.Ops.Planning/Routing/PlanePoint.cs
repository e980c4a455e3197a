namespace PeaceOps.Ops.Planning.Routing;

/// <summary>A point on the local projection plane, in metres east and north of the projection centre.</summary>
internal readonly record struct PlanePoint(double X, double Y)
{
    public double DistanceTo(PlanePoint other)
    {
        var dx = other.X - X;
        var dy = other.Y - Y;
        return Math.Sqrt((dx * dx) + (dy * dy));
    }
}
