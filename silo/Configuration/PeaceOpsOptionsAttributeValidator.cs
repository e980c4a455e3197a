using Microsoft.Extensions.Options;

namespace PeaceOps.Ops.Silo.Configuration;

/// <summary>Checks the data annotations on the options and their nested sections (source-generated, no reflection).</summary>
[OptionsValidator]
public sealed partial class PeaceOpsOptionsAttributeValidator : IValidateOptions<PeaceOpsOptions>;
