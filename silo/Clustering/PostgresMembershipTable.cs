using Dapper;
using Microsoft.Extensions.Options;
using Npgsql;
using Orleans.Configuration;
using Orleans.Serialization;

namespace PeaceOps.Ops.Silo.Clustering;

/// <summary>
/// Orleans cluster membership in the product's own PostgreSQL database, so that a cluster needs nothing but
/// the database it already has. Each silo is one row (the Orleans-serialized <see cref="MembershipEntry"/> plus an
/// ETag); one version row per cluster makes every membership change a compare-and-swap, as Orleans requires.
/// "I am alive" heartbeats touch only their own column: they change neither the ETag nor the table version.
/// </summary>
public sealed class PostgresMembershipTable(
    NpgsqlDataSource dataSource,
    Serializer<MembershipEntry> serializer,
    IOptions<ClusterOptions> clusterOptions,
    ILogger<PostgresMembershipTable> logger) : IMembershipTable
{
    // Created here rather than by the product's migrations: membership must work before anything else has started.
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS orleans_membership_version (
            cluster_id TEXT PRIMARY KEY,
            version    INTEGER NOT NULL);
        CREATE TABLE IF NOT EXISTS orleans_membership (
            cluster_id   TEXT        NOT NULL,
            silo_address TEXT        NOT NULL,
            status       INTEGER     NOT NULL,
            entry        BYTEA       NOT NULL,
            etag         INTEGER     NOT NULL,
            i_am_alive   TIMESTAMPTZ NOT NULL,
            PRIMARY KEY (cluster_id, silo_address));
        """;

    private string ClusterId => clusterOptions.Value.ClusterId;

    public async Task InitializeMembershipTable(bool tryInitTableVersion)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        await connection.ExecuteAsync("SELECT pg_advisory_lock(727002)");
        try
        {
            await connection.ExecuteAsync(Schema);
            if (tryInitTableVersion)
            {
                await connection.ExecuteAsync(
                    "INSERT INTO orleans_membership_version (cluster_id, version) VALUES (@ClusterId, 0) ON CONFLICT (cluster_id) DO NOTHING",
                    new { ClusterId });
            }
        }
        finally
        {
            await connection.ExecuteAsync("SELECT pg_advisory_unlock(727002)");
        }

        logger.LogInformation("Cluster membership for '{ClusterId}' kept in PostgreSQL", ClusterId);
    }

    public async Task DeleteMembershipTableEntries(string clusterId)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        await connection.ExecuteAsync(
            "DELETE FROM orleans_membership WHERE cluster_id = @clusterId; DELETE FROM orleans_membership_version WHERE cluster_id = @clusterId",
            new { clusterId });
    }

    public async Task CleanupDefunctSiloEntries(DateTimeOffset beforeDate)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        await connection.ExecuteAsync(
            "DELETE FROM orleans_membership WHERE cluster_id = @ClusterId AND status = @Dead AND i_am_alive < @beforeDate",
            new { ClusterId, Dead = (int)SiloStatus.Dead, beforeDate });
    }

    public Task<MembershipTableData> ReadRow(SiloAddress key) => ReadAsync(key);

    public Task<MembershipTableData> ReadAll() => ReadAsync(null);

    public async Task<bool> InsertRow(MembershipEntry entry, TableVersion tableVersion)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        if (!await TryAdvanceVersionAsync(connection, transaction, tableVersion))
        {
            return false;
        }

        var inserted = await connection.ExecuteAsync(
            """
            INSERT INTO orleans_membership (cluster_id, silo_address, status, entry, etag, i_am_alive)
            VALUES (@ClusterId, @SiloAddress, @Status, @Entry, 0, @IAmAlive)
            ON CONFLICT (cluster_id, silo_address) DO NOTHING
            """,
            Row(entry),
            transaction);
        if (inserted == 0)
        {
            return false;
        }

        await transaction.CommitAsync();
        return true;
    }

    public async Task<bool> UpdateRow(MembershipEntry entry, string etag, TableVersion tableVersion)
    {
        if (!int.TryParse(etag, System.Globalization.CultureInfo.InvariantCulture, out var expectedEtag))
        {
            return false;
        }

        await using var connection = await dataSource.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        if (!await TryAdvanceVersionAsync(connection, transaction, tableVersion))
        {
            return false;
        }

        var updated = await connection.ExecuteAsync(
            """
            UPDATE orleans_membership SET status = @Status, entry = @Entry, etag = etag + 1, i_am_alive = @IAmAlive
            WHERE cluster_id = @ClusterId AND silo_address = @SiloAddress AND etag = @ExpectedEtag
            """,
            new { ClusterId, SiloAddress = entry.SiloAddress.ToParsableString(), Status = (int)entry.Status, Entry = serializer.SerializeToArray(entry), IAmAlive = ToUtc(entry.IAmAliveTime), ExpectedEtag = expectedEtag },
            transaction);
        if (updated == 0)
        {
            return false;
        }

        await transaction.CommitAsync();
        return true;
    }

    public async Task UpdateIAmAlive(MembershipEntry entry)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        await connection.ExecuteAsync(
            "UPDATE orleans_membership SET i_am_alive = @IAmAlive WHERE cluster_id = @ClusterId AND silo_address = @SiloAddress",
            new { ClusterId, SiloAddress = entry.SiloAddress.ToParsableString(), IAmAlive = ToUtc(entry.IAmAliveTime) });
    }

    private async Task<MembershipTableData> ReadAsync(SiloAddress? key)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        // One snapshot for the version and the rows, so a reader never pairs a new version with old rows.
        await using var transaction = await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead);
        var version = await connection.ExecuteScalarAsync<int?>(
            "SELECT version FROM orleans_membership_version WHERE cluster_id = @ClusterId", new { ClusterId }, transaction) ?? 0;
        const string select = "SELECT entry AS Entry, etag AS Etag, i_am_alive AS IAmAlive FROM orleans_membership WHERE cluster_id = @ClusterId";
        var rows = key is null
            ? await connection.QueryAsync<MembershipRow>(select, new { ClusterId }, transaction)
            : await connection.QueryAsync<MembershipRow>(select + " AND silo_address = @SiloAddress", new { ClusterId, SiloAddress = key.ToParsableString() }, transaction);
        var members = rows.Select(row =>
        {
            var entry = serializer.Deserialize(row.Entry) ?? throw new InvalidOperationException("An empty membership entry was stored.");
            entry.IAmAliveTime = DateTime.SpecifyKind(row.IAmAlive, DateTimeKind.Utc);
            return Tuple.Create(entry, row.Etag.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }).ToList();
        return new MembershipTableData(members, new TableVersion(version, version.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    // Orleans passes the next version with the ETag of the version it read: advance only if nobody else did.
    private async Task<bool> TryAdvanceVersionAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, TableVersion tableVersion)
    {
        if (!int.TryParse(tableVersion.VersionEtag, System.Globalization.CultureInfo.InvariantCulture, out var readVersion))
        {
            return false;
        }

        var advanced = await connection.ExecuteAsync(
            "UPDATE orleans_membership_version SET version = @NewVersion WHERE cluster_id = @ClusterId AND version = @ReadVersion",
            new { ClusterId, NewVersion = tableVersion.Version, ReadVersion = readVersion },
            transaction);
        return advanced == 1;
    }

    private object Row(MembershipEntry entry) => new
    {
        ClusterId,
        SiloAddress = entry.SiloAddress.ToParsableString(),
        Status = (int)entry.Status,
        Entry = serializer.SerializeToArray(entry),
        IAmAlive = ToUtc(entry.IAmAliveTime),
    };

    private static DateTimeOffset ToUtc(DateTime time) => new(DateTime.SpecifyKind(time, DateTimeKind.Utc));

    // Npgsql reads timestamptz as a UTC DateTime.
    private sealed record MembershipRow(byte[] Entry, int Etag, DateTime IAmAlive);
}
