using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using PeaceOps.Ops.Silo.Configuration;

namespace PeaceOps.Ops.Silo.Auth;

/// <summary>
/// Limits password guesses per client address and username. The rate-limiting middleware cannot see the username
/// (it is in the body), so the login endpoint asks this limiter after reading it.
/// </summary>
public sealed class LoginThrottle : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter;

    public LoginThrottle(IOptions<PeaceOpsOptions> options)
    {
        var perMinute = options.Value.Auth.LoginAttemptsPerMinute;
        _limiter = PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetFixedWindowLimiter(
            key,
            _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
    }

    /// <summary>True when this attempt may proceed.</summary>
    public bool TryAttempt(string clientAddress, string username)
    {
        using var lease = _limiter.AttemptAcquire($"{clientAddress}|{username.ToUpperInvariant()}");
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();
}
