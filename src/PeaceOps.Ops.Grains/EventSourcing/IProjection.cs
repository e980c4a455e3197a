namespace PeaceOps.Ops.Grains.EventSourcing;

/// <summary>A grain's state as a projection of its events: one Apply per event type, nothing else changes it.</summary>
public interface IProjection<in TEvent>
{
    void Apply(TEvent @event);
}
