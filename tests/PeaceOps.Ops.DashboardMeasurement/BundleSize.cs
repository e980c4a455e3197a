using System.IO.Compression;

namespace PeaceOps.Ops.DashboardMeasurement;

/// <summary>Size of each file Vite emitted into dashboard/wwwroot/assets, raw and gzipped (what the browser transfers).</summary>
internal static class BundleSize
{
    public sealed record Entry(string File, long Bytes, long GzipBytes);

    public static IReadOnlyList<Entry> Measure(string repositoryRoot)
    {
        var assets = Path.Combine(repositoryRoot, "dashboard", "wwwroot", "assets");
        if (!Directory.Exists(assets))
        {
            throw new DirectoryNotFoundException($"{assets} is missing: build the dashboard first (dotnet build dashboard).");
        }

        return [.. Directory.GetFiles(assets)
            .Where(f => !f.EndsWith(".gz", StringComparison.Ordinal) && !f.EndsWith(".br", StringComparison.Ordinal))
            .Select(f => new Entry(Path.GetFileName(f), new FileInfo(f).Length, GzipLength(f)))
            .OrderByDescending(e => e.Bytes)];
    }

    private static long GzipLength(string path)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true))
        using (var input = File.OpenRead(path))
        {
            input.CopyTo(gzip);
        }

        return output.Length;
    }
}
