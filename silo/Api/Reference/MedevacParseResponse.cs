using PeaceOps.Ops.Domain.Medevac;

namespace PeaceOps.Ops.Silo.Api.Reference;

internal sealed record MedevacParseResponse(NineLineRequest NineLine, string CanonicalText, IReadOnlyList<MedevacIssue> Warnings);
