using Microsoft.Extensions.Options;
using PeaceOps.Ops.Storage;

namespace PeaceOps.Ops.Silo.Configuration;

/// <summary>Rules that span several settings; single-setting rules are attributes on the options classes.</summary>
public sealed class PeaceOpsOptionsValidator : IValidateOptions<PeaceOpsOptions>
{
    public ValidateOptionsResult Validate(string? name, PeaceOpsOptions options)
    {
        var failures = new List<string>();
        if (options.Storage.Provider == DatabaseProvider.Postgres && string.IsNullOrWhiteSpace(options.Storage.ConnectionString))
        {
            failures.Add("PeaceOps:Storage:ConnectionString is required when PeaceOps:Storage:Provider is Postgres.");
        }

        if (options.Mode == HostingMode.Cluster && options.Storage.Provider != DatabaseProvider.Postgres)
        {
            failures.Add("PeaceOps:Mode=Cluster needs PeaceOps:Storage:Provider=Postgres: silos cannot share a SQLite file.");
        }

        if (options.Mode == HostingMode.Cluster && (options.Orleans.SiloPort == 0 || options.Orleans.GatewayPort == 0))
        {
            failures.Add("PeaceOps:Orleans:SiloPort and PeaceOps:Orleans:GatewayPort must be set (non-zero) in cluster mode.");
        }

        // The simulation clock replaces the process clock; silos of one cluster must agree on time.
        if (options.Mode == HostingMode.Cluster && options.Simulation.Enabled && options.Simulation.TimeScale != 1)
        {
            failures.Add("PeaceOps:Simulation:TimeScale must be 1 in cluster mode (accelerated exercises run embedded).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
