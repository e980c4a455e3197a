using System.Net;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using PeaceOps.Ops.HostTesting;
using PeaceOps.Ops.Silo.Hosting;
using PeaceOps.Ops.Storage.Sqlite;

namespace PeaceOps.Ops.Silo.Tests.Hosting;

public sealed class HostStartTests
{
    [Fact]
    public async Task The_host_answers_liveness_and_readiness_over_real_http()
    {
        await using var host = await RunningHost.StartAsync();
        using var client = host.CreateClient();

        var live = await client.GetAsync(new Uri("/health/live", UriKind.Relative), TestContext.Current.CancellationToken);
        await host.WaitUntilReadyAsync();
        var ready = await client.GetAsync(new Uri("/health/ready", UriKind.Relative), TestContext.Current.CancellationToken);

        live.StatusCode.Should().Be(HttpStatusCode.OK);
        ready.StatusCode.Should().Be(HttpStatusCode.OK);
        using var body = JsonDocument.Parse(await ready.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        body.RootElement.GetProperty("checks").GetProperty("storage").GetProperty("status").GetString().Should().Be("Healthy");
        host.BaseAddress.Host.Should().Be("127.0.0.1");
    }

    [Fact]
    public async Task The_embedded_database_is_created_in_the_data_directory_in_wal_mode()
    {
        await using var host = await RunningHost.StartAsync();

        var databaseFile = Path.Combine(host.DataDirectory, SqliteDatabase.FileName);
        File.Exists(databaseFile).Should().BeTrue();
        await using var connection = new SqliteConnection($"Data Source={databaseFile}");
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        (await command.ExecuteScalarAsync(TestContext.Current.CancellationToken)).Should().Be("wal");
    }

    [Fact]
    public async Task A_missing_data_directory_is_created()
    {
        var parent = Directory.CreateTempSubdirectory("peaceops-test-");
        var dataDirectory = Path.Combine(parent.FullName, "nested", "data");

        await using (var host = await RunningHost.StartAsync(dataDirectory: dataDirectory))
        {
            Directory.Exists(dataDirectory).Should().BeTrue();
        }

        parent.Delete(recursive: true);
    }

    [Fact]
    public async Task A_data_directory_that_cannot_be_written_stops_the_start_with_its_name()
    {
        // Running as root, permissions would not stop us; a path through a regular file always fails.
        var blocker = Path.GetTempFileName();
        var dataDirectory = Path.Combine(blocker, "data");

        var act = () => RunningHost.StartAsync(dataDirectory: dataDirectory);

        (await act.Should().ThrowAsync<StartupException>()).WithMessage($"*{dataDirectory}*PeaceOps:DataDirectory*");
        File.Delete(blocker);
    }

    [Fact]
    public async Task A_database_from_a_newer_schema_is_refused_and_left_untouched()
    {
        var dataDirectory = Directory.CreateTempSubdirectory("peaceops-test-").FullName;
        var databaseFile = Path.Combine(dataDirectory, SqliteDatabase.FileName);
        await using (var connection = new SqliteConnection($"Data Source={databaseFile};Pooling=False"))
        {
            await connection.OpenAsync(TestContext.Current.CancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL);"
                + "INSERT INTO schema_version VALUES (999, 'from_the_future', '2030-01-01T00:00:00Z');";
            await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }

        var act = () => RunningHost.StartAsync(dataDirectory: dataDirectory);

        (await act.Should().ThrowAsync<StartupException>()).WithMessage("*schema version 999*");
        await using (var connection = new SqliteConnection($"Data Source={databaseFile};Pooling=False"))
        {
            await connection.OpenAsync(TestContext.Current.CancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE name = 'events'";
            (await command.ExecuteScalarAsync(TestContext.Current.CancellationToken)).Should().Be(0L, "nothing may be migrated into a newer database");
        }
    }
}
