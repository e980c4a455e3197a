namespace PeaceOps.Ops.Silo.Hosting;

/// <summary>The folder that holds the embedded database: made if missing, and proven writable before anything starts.</summary>
public static class DataDirectory
{
    public static string Prepare(string configuredPath)
    {
        var path = Path.GetFullPath(configuredPath);
        try
        {
            Directory.CreateDirectory(path);
            var probe = Path.Combine(path, $".write-probe-{Environment.ProcessId}");
            File.WriteAllText(probe, "ok");
            File.Delete(probe);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw new StartupException($"The data directory '{path}' (PeaceOps:DataDirectory) cannot be written: {ex.Message}", ex);
        }

        return path;
    }
}
