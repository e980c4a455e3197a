using System.Security.Cryptography;
using System.Text;

namespace PeaceOps.Ops.Contracts.Incidents;

/// <summary>
/// An incident's id is derived from the idempotency key of the request that reported it, so a retried POST lands on
/// the same grain and gets the same id without a lookup table that could be lost between the two calls.
/// </summary>
public static class IncidentIds
{
    public static string ForIdempotencyKey(string idempotencyKey)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(idempotencyKey);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes("incident:" + idempotencyKey));
        return new Guid(hash.AsSpan(0, 16)).ToString("D");
    }
}
