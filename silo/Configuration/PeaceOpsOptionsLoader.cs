using Microsoft.Extensions.Options;

using PeaceOps.Ops.Silo.Hosting;

namespace PeaceOps.Ops.Silo.Configuration;

/// <summary>
/// Reads and validates the settings before anything starts: a misspelt or invalid setting stops the process
/// with a message that names it, instead of being silently ignored or failing later in a worse place.
/// </summary>
public static class PeaceOpsOptionsLoader
{
    public static PeaceOpsOptions Load(IConfiguration configuration)
    {
        var options = new PeaceOpsOptions();
        try
        {
            configuration.GetSection(PeaceOpsOptions.SectionName).Bind(options, binder => binder.ErrorOnUnknownConfiguration = true);
        }
        catch (InvalidOperationException ex)
        {
            // The binder names the unknown key or the value it could not convert.
            throw new StartupException($"Invalid setting under '{PeaceOpsOptions.SectionName}': {ex.Message}", ex);
        }

        var failures = new List<string>();
        foreach (var validator in new IValidateOptions<PeaceOpsOptions>[] { new PeaceOpsOptionsAttributeValidator(), new PeaceOpsOptionsValidator() })
        {
            var result = validator.Validate(Options.DefaultName, options);
            if (result.Failed)
            {
                failures.AddRange(result.Failures);
            }
        }

        if (failures.Count > 0)
        {
            throw new StartupException("Invalid settings: " + string.Join(" ", failures));
        }

        return options;
    }
}
