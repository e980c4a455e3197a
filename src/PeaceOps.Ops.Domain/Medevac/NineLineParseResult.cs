namespace PeaceOps.Ops.Domain.Medevac;

/// <summary>The outcome of reading a 9-line: the request when every line is valid, else the errors per line; warnings either way.</summary>
public sealed record NineLineParseResult(NineLineRequest? Request, IReadOnlyList<NineLineIssue> Errors, IReadOnlyList<NineLineIssue> Warnings)
{
    public bool IsValid => Request is not null && Errors.Count == 0;

    /// <summary>Errors grouped by key ("line3.precedence") for an RFC 9457 validation problem.</summary>
    public IDictionary<string, string[]> ErrorsByKey() =>
        Errors.GroupBy(e => e.Key).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray(), StringComparer.Ordinal);
}
