using System.Globalization;

namespace PeaceOps.Ops.LoadTest;

/// <summary>
/// What to run: <c>--url http://127.0.0.1:5080 --aircraft 500 --clients 50 --seconds 30 --burst-every 10 --burst-rate 2000
/// --warmup 15 --max-in-flight 512 --burst-batch 1</c>. <c>--burst-batch</c> is how many of an aircraft's burst reports go in
/// one post (1: one post per report).
/// </summary>
public sealed record LoadSettings(Uri Url, int Aircraft, int Clients, int Seconds, int BurstEvery, int BurstRate, int Warmup, int MaxInFlight, int BurstBatch)
{
    public static LoadSettings Parse(string[] args)
    {
        string Get(string name, string fallback)
        {
            var i = Array.IndexOf(args, "--" + name);
            return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
        }

        int Int(string name, int fallback, int min, int max) => Math.Clamp(int.Parse(Get(name, fallback.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture), min, max);

        var url = new Uri(Get("url", "http://127.0.0.1:5080"));
        if (!url.IsLoopback)
        {
            throw new ArgumentException("The load tool only runs against a loopback address.");
        }

        return new LoadSettings(
            url,
            Int("aircraft", 500, 1, 2000),
            Int("clients", 50, 0, 200),
            Int("seconds", 30, 1, 600),
            Int("burst-every", 10, 1, 600),
            Int("burst-rate", 2000, 1, 10_000),
            Int("warmup", 15, 0, 60),
            Int("max-in-flight", 512, 1, 4096),
            Int("burst-batch", 1, 1, 100));
    }
}
