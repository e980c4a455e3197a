using System.Diagnostics;
using System.Globalization;
using Npgsql;
using Xunit;

namespace PeaceOps.Ops.Testing;

/// <summary>
/// A throw-away PostgreSQL server from the system's binaries (<c>initdb</c> + <c>pg_ctl</c>): a fresh cluster in a
/// temp directory, on a free loopback port, trust authentication, deleted on dispose. Use it as an xunit assembly
/// or class fixture and call <see cref="CreateDatabaseAsync"/> for an empty database of your own.
/// </summary>
/// <remarks>
/// Missing binaries fail the test run loudly (never a skip): install with <c>apt-get install -y postgresql</c>.
/// initdb refuses to run as root, so as root the server runs as the <c>postgres</c> user (via runuser) and owns the
/// temp directory. By default fsync is off (a test cluster need not survive a power cut, and it is much faster);
/// <see cref="StartAsync"/> with <c>durable: true</c> keeps PostgreSQL's durable defaults, for benchmarks.
/// </remarks>
public sealed class PostgresServer : IAsyncLifetime
{
    private const string SuperUser = "postgres";
    private readonly SemaphoreSlim _createDatabase = new(1, 1);
    private readonly bool _durable;
    private string? _binDirectory;
    private string? _root;
    private bool _runAsPostgresUser;

    public PostgresServer()
        : this(durable: false)
    {
    }

    private PostgresServer(bool durable) => _durable = durable;

    public int Port { get; private set; }

    /// <summary>The cluster's data directory (inside the temp directory).</summary>
    public string DataDirectory => Path.Combine(_root ?? throw NotStarted(), "data");

    /// <summary>A started server outside xunit (benchmarks, tools); dispose it to stop and delete it.</summary>
    public static async Task<PostgresServer> StartAsync(bool durable = false)
    {
        var server = new PostgresServer(durable);
        await server.InitializeAsync();
        return server;
    }

    public async ValueTask InitializeAsync()
    {
        _binDirectory = FindBinDirectory();
        _runAsPostgresUser = string.Equals(Environment.UserName, "root", StringComparison.Ordinal);
        _root = Path.Combine(Path.GetTempPath(), $"peaceops-pg-{Guid.NewGuid():N}");
        Directory.CreateDirectory(_root);
        if (_runAsPostgresUser)
        {
            await RunAsync("chown", ["-R", $"{SuperUser}:", _root], asPostgresUser: false);
        }

        await RunAsync(Path.Combine(_binDirectory, "initdb"), ["-D", DataDirectory, "-U", SuperUser, "-A", "trust", "-E", "UTF8", "--no-sync", "--no-instructions"], _runAsPostgresUser);

        var settings = _durable
            ? "-c max_connections=200"
            : "-c max_connections=200 -c fsync=off -c synchronous_commit=off -c full_page_writes=off";
        Exception? lastFailure = null;
        for (var attempt = 0; attempt < 3; attempt++)
        {
            Port = FreeTcpPort.Find();
            try
            {
                await RunAsync(
                    Path.Combine(_binDirectory, "pg_ctl"),
                    ["start", "-w", "-t", "60", "-D", DataDirectory, "-l", Path.Combine(_root, "server.log"), "-o", $"-p {Port.ToString(CultureInfo.InvariantCulture)} -k {_root} -c listen_addresses=127.0.0.1 {settings}"],
                    _runAsPostgresUser);
                // A test run stopped from outside (timeout, Ctrl+C: SIGTERM/SIGINT) must not leave a server behind.
                AppDomain.CurrentDomain.ProcessExit += StopOnExit;
                return;
            }
            catch (InvalidOperationException ex)
            {
                // Most likely the port was taken between finding and binding it; try another.
                lastFailure = ex;
            }
        }

        throw new InvalidOperationException($"PostgreSQL did not start; server log:\n{ReadServerLog()}", lastFailure);
    }

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string? name = null)
    {
        name ??= $"test_{Guid.NewGuid():N}";
        // Concurrent CREATE DATABASE statements copy template1 at once and can trip over each other.
        await _createDatabase.WaitAsync();
        try
        {
            await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync();
        }
        finally
        {
            _createDatabase.Release();
        }

        return ConnectionString(name);
    }

    public string ConnectionString(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Port,
        Username = SuperUser,
        Database = database,
        Pooling = true,
        MaxPoolSize = 50,
        Timeout = 30,
    }.ToString();

    public async ValueTask DisposeAsync()
    {
        _createDatabase.Dispose();
        if (_root is null || _binDirectory is null)
        {
            return;
        }

        AppDomain.CurrentDomain.ProcessExit -= StopOnExit;
        NpgsqlConnection.ClearAllPools();
        try
        {
            if (File.Exists(Path.Combine(DataDirectory, "postmaster.pid")))
            {
                await RunAsync(Path.Combine(_binDirectory, "pg_ctl"), ["stop", "-w", "-t", "60", "-m", "immediate", "-D", DataDirectory], _runAsPostgresUser);
            }
        }
        finally
        {
            Directory.Delete(_root, recursive: true);
            _root = null;
        }
    }

    private void StopOnExit(object? sender, EventArgs e)
    {
        if (_root is not null && _binDirectory is not null)
        {
            try
            {
                RunAsync(Path.Combine(_binDirectory, "pg_ctl"), ["stop", "-w", "-t", "20", "-m", "immediate", "-D", DataDirectory], _runAsPostgresUser).GetAwaiter().GetResult();
                Directory.Delete(_root, recursive: true);
            }
            catch (Exception ex) when (ex is InvalidOperationException or IOException or UnauthorizedAccessException)
            {
                // Best effort on the way out; nothing left to report to.
            }
        }
    }

    private static string FindBinDirectory()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("PEACEOPS_PG_BIN");
        var candidates = new List<string>();
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            candidates.Add(fromEnvironment);
        }

        // Debian/Ubuntu keep each major version apart; take the newest.
        if (Directory.Exists("/usr/lib/postgresql"))
        {
            candidates.AddRange(Directory.GetDirectories("/usr/lib/postgresql")
                .OrderByDescending(d => int.TryParse(Path.GetFileName(d), NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : 0)
                .Select(d => Path.Combine(d, "bin")));
        }

        candidates.AddRange((Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':', StringSplitOptions.RemoveEmptyEntries));
        return candidates.FirstOrDefault(d => File.Exists(Path.Combine(d, "initdb")) && File.Exists(Path.Combine(d, "pg_ctl")))
            ?? throw new InvalidOperationException(
                "PostgreSQL is not installed: no initdb/pg_ctl under /usr/lib/postgresql/*/bin, $PEACEOPS_PG_BIN or $PATH. " +
                "Install it (Debian/Ubuntu: apt-get update && apt-get install -y postgresql); these tests need a real server.");
    }

    private static async Task RunAsync(string fileName, IReadOnlyList<string> arguments, bool asPostgresUser)
    {
        var start = new ProcessStartInfo
        {
            FileName = asPostgresUser ? "runuser" : fileName,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (asPostgresUser)
        {
            foreach (var a in new[] { "-u", SuperUser, "--", fileName })
            {
                start.ArgumentList.Add(a);
            }
        }

        foreach (var a in arguments)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {fileName}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{fileName} {string.Join(' ', arguments)} exited with {process.ExitCode}:\n{await output}\n{await error}");
        }
    }

    private string ReadServerLog()
    {
        var log = Path.Combine(_root ?? string.Empty, "server.log");
        return File.Exists(log) ? File.ReadAllText(log) : "(no log)";
    }

    private static InvalidOperationException NotStarted() => new("The PostgreSQL server has not been started.");
}
