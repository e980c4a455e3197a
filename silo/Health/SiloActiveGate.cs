namespace PeaceOps.Ops.Silo.Health;

/// <summary>Opens the "silo" readiness gate when the Orleans silo becomes active, and closes it when it stops.</summary>
public sealed class SiloActiveGate(ReadinessGates gates) : ILifecycleParticipant<ISiloLifecycle>
{
    public const string GateName = "silo";

    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(
            nameof(SiloActiveGate),
            ServiceLifecycleStage.Active,
            _ =>
            {
                gates.Open(GateName);
                return Task.CompletedTask;
            },
            _ =>
            {
                gates.Close(GateName);
                return Task.CompletedTask;
            });
}
