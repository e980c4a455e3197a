using System.Globalization;
using Dapper;

namespace PeaceOps.Ops.Storage.GrainState;

/// <summary>
/// Key-value JSON state per (grain type, grain id) with an ETag for optimistic concurrency; the shape of Orleans'
/// IGrainStorage without depending on Orleans. The ETag is the row's version, bumped by every write and clear and
/// never reused (a clear keeps the row), so a writer holding an ETag from before a clear can never win.
/// </summary>
public sealed class GrainStateStore(IDatabase database, TimeProvider timeProvider)
{
    private string StateParameter => database.Provider == DatabaseProvider.Postgres ? "CAST(@state AS json)" : "@state";

    public async Task<StoredGrainState> ReadAsync(string grainType, string grainId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<GrainStateRow>(new CommandDefinition(
            "SELECT version, state FROM grain_state WHERE grain_type = @grainType AND grain_id = @grainId",
            new { grainType, grainId },
            cancellationToken: cancellationToken));
        return row is null ? StoredGrainState.None : new StoredGrainState(row.State, ETagOf(row.Version));
    }

    /// <summary>
    /// Stores <paramref name="json"/> if the stored ETag is still <paramref name="expectedETag"/> (null: the grain
    /// was never written). Returns the new ETag; throws <see cref="GrainStateConcurrencyException"/> otherwise.
    /// </summary>
    public async Task<string> WriteAsync(string grainType, string grainId, string json, string? expectedETag, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(json);
        return await ChangeAsync(grainType, grainId, json, expectedETag, cancellationToken)
            ?? throw new InvalidOperationException("A write always leaves an ETag.");
    }

    /// <summary>
    /// Forgets the state if the stored ETag is still <paramref name="expectedETag"/>. Returns the new ETag, or null
    /// when there was nothing to clear (never written, and <paramref name="expectedETag"/> is null).
    /// </summary>
    public Task<string?> ClearAsync(string grainType, string grainId, string? expectedETag, CancellationToken cancellationToken = default) =>
        ChangeAsync(grainType, grainId, null, expectedETag, cancellationToken);

    private async Task<string?> ChangeAsync(string grainType, string grainId, string? json, string? expectedETag, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(grainType);
        ArgumentException.ThrowIfNullOrWhiteSpace(grainId);
        var updatedAt = database.Provider == DatabaseProvider.Postgres
            ? (object)Microseconds.Truncate(timeProvider.GetUtcNow())
            : Microseconds.ToUnix(timeProvider.GetUtcNow());

        await using var session = await WriteSession.BeginAsync(database, exclusive: false, cancellationToken);
        long? newVersion;
        if (expectedETag is null)
        {
            if (json is null)
            {
                var exists = await session.Connection.ExecuteScalarAsync<long?>(new CommandDefinition(
                    "SELECT version FROM grain_state WHERE grain_type = @grainType AND grain_id = @grainId",
                    new { grainType, grainId },
                    session.Transaction,
                    cancellationToken: cancellationToken));
                if (exists is null)
                {
                    return null;
                }

                newVersion = null;
            }
            else
            {
                var inserted = await session.Connection.ExecuteAsync(new CommandDefinition(
                    $"""
                    INSERT INTO grain_state (grain_type, grain_id, version, state, updated_at)
                    VALUES (@grainType, @grainId, 1, {StateParameter}, @updatedAt)
                    ON CONFLICT (grain_type, grain_id) DO NOTHING
                    """,
                    new { grainType, grainId, state = json, updatedAt },
                    session.Transaction,
                    cancellationToken: cancellationToken));
                newVersion = inserted == 1 ? 1 : null;
            }
        }
        else if (long.TryParse(expectedETag, NumberStyles.None, CultureInfo.InvariantCulture, out var expectedVersion))
        {
            var updated = await session.Connection.ExecuteAsync(new CommandDefinition(
                $"""
                UPDATE grain_state SET version = version + 1, state = {StateParameter}, updated_at = @updatedAt
                WHERE grain_type = @grainType AND grain_id = @grainId AND version = @expectedVersion
                """,
                new { grainType, grainId, state = json, updatedAt, expectedVersion },
                session.Transaction,
                cancellationToken: cancellationToken));
            newVersion = updated == 1 ? expectedVersion + 1 : null;
        }
        else
        {
            newVersion = null;
        }

        if (newVersion is null)
        {
            var actual = await session.Connection.ExecuteScalarAsync<long?>(new CommandDefinition(
                "SELECT version FROM grain_state WHERE grain_type = @grainType AND grain_id = @grainId",
                new { grainType, grainId },
                session.Transaction,
                cancellationToken: cancellationToken));
            throw new GrainStateConcurrencyException(grainType, grainId, expectedETag, actual is { } v ? ETagOf(v) : null);
        }

        await session.CommitAsync(cancellationToken);
        return ETagOf(newVersion.Value);
    }

    private static string ETagOf(long version) => version.ToString(CultureInfo.InvariantCulture);

    private sealed record GrainStateRow(long Version, string? State);
}
