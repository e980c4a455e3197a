using PeaceOps.Ops.Simulation.Scenarios.Model;

namespace PeaceOps.Ops.Simulation.Hosting;

/// <summary>The scenario chosen by <c>PeaceOps:Scenario</c>, already validated; <see cref="Scenario"/> is null for <c>none</c>.</summary>
public sealed record StartupScenario(Scenario? Scenario);
