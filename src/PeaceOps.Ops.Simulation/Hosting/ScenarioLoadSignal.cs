namespace PeaceOps.Ops.Simulation.Hosting;

/// <summary>Completes when the start-up scenario is in the grains: nothing simulates a mission that is not there yet.</summary>
public sealed class ScenarioLoadSignal
{
    private readonly TaskCompletionSource<string?> _loaded = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The loaded scenario's name, or null for an empty mission.</summary>
    public Task<string?> Loaded => _loaded.Task;

    public void MarkLoaded(string? scenario) => _loaded.TrySetResult(scenario);
}
