using PeaceOps.Ops.Contracts.Common;

namespace PeaceOps.Ops.Dashboard.Hub.Picture;

public sealed record LegView(NamedPoint From, NamedPoint To, DateTimeOffset DepartAt, DateTimeOffset ArriveAt, bool Night);
