using System.Data.Common;
using System.Runtime.CompilerServices;

namespace PeaceOps.Ops.Storage.EventStore;

/// <summary>
/// The event log over plain SQL, shared by both providers: the append algorithm (checks inside one write
/// transaction, then one bulk insert) and the reads. The providers supply the few statements that differ.
/// </summary>
public abstract class SqlEventStore : IEventStore
{
    private protected const string Columns =
        "sequence, stream_id, version, type, data, occurred_at, recorded_at, actor, correlation_id, causation_id, idempotency_key";

    private protected SqlEventStore(IDatabase database, TimeProvider timeProvider)
    {
        Database = database;
        TimeProvider = timeProvider;
    }

    public IDatabase Database { get; }

    protected TimeProvider TimeProvider { get; }

    public async Task<long> AppendAsync(string streamId, long expectedVersion, IReadOnlyList<NewEvent> events, CancellationToken cancellationToken = default)
    {
        var request = new AppendRequest(streamId, expectedVersion, events);
        request.Validate();
        var outcomes = await AppendGroupAsync([request], cancellationToken);
        return outcomes[0].VersionOrThrow();
    }

    /// <summary>
    /// Appends several callers' requests in one transaction (group commit). Each request succeeds or is refused
    /// on its own; a refused one leaves nothing behind and does not stop the others.
    /// </summary>
    internal async Task<IReadOnlyList<AppendOutcome>> AppendGroupAsync(IReadOnlyList<AppendRequest> requests, CancellationToken cancellationToken)
    {
        AppendOutcome?[] outcomes;
        try
        {
            outcomes = await AppendGroupOnceAsync(requests, cancellationToken);
        }
        catch (DbException) when (requests.Count > 1)
        {
            // The database refused the group (a constraint, the last line of defence against a writer that
            // bypassed the lock; a payload it will not store). Find the guilty request by writing each alone:
            // the others must not pay for it.
            var single = new AppendOutcome[requests.Count];
            for (var i = 0; i < requests.Count; i++)
            {
                single[i] = await AppendAloneAsync(requests[i], cancellationToken);
            }

            return single;
        }
        catch (DbException ex) when (ClassifyUniqueViolation(ex) is var violation && violation != UniqueViolation.None)
        {
            return [AppendOutcome.Refused(await ExplainViolationAsync(requests[0], violation, ex, cancellationToken))];
        }

        // A request whose idempotency key was first seen earlier in the same group is judged again now that the
        // earlier one is committed, so that it is refused with the recorded event in hand.
        var deferred = Enumerable.Range(0, requests.Count).Where(i => outcomes[i] is null).ToList();
        if (deferred.Count > 0)
        {
            var again = await AppendGroupAsync(deferred.Select(i => requests[i]).ToList(), cancellationToken);
            for (var j = 0; j < deferred.Count; j++)
            {
                outcomes[deferred[j]] = again[j];
            }
        }

        return outcomes.Select(o => o!.Value).ToList();
    }

    private async Task<AppendOutcome> AppendAloneAsync(AppendRequest request, CancellationToken cancellationToken)
    {
        try
        {
            return (await AppendGroupAsync([request], cancellationToken))[0];
        }
        catch (DbException ex)
        {
            return AppendOutcome.Refused(ex);
        }
    }

    private async Task<AppendOutcome?[]> AppendGroupOnceAsync(IReadOnlyList<AppendRequest> requests, CancellationToken cancellationToken)
    {
        await using var session = await WriteSession.BeginAsync(Database, exclusive: true, cancellationToken);
        var streamIds = requests.Select(r => r.StreamId).Distinct(StringComparer.Ordinal).ToList();
        var versions = await ReadStreamVersionsAsync(session, streamIds, cancellationToken);
        var keys = requests.SelectMany(r => r.Events).Select(e => e.IdempotencyKey).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var recordedKeys = keys.Count == 0
            ? new Dictionary<string, RecordedEvent>(StringComparer.Ordinal)
            : await FindByIdempotencyKeysAsync(session, keys, cancellationToken);

        var recordedAt = Microseconds.Truncate(TimeProvider.GetUtcNow());
        var keysInGroup = new HashSet<string>(StringComparer.Ordinal);
        var rows = new List<EventRow>();
        var outcomes = new AppendOutcome?[requests.Count];
        for (var i = 0; i < requests.Count; i++)
        {
            var request = requests[i];
            if (FirstRecorded(request, recordedKeys) is { } recorded)
            {
                outcomes[i] = AppendOutcome.Refused(new DuplicateIdempotencyKeyException(recorded));
                continue;
            }

            if (SharesKeyWith(request, keysInGroup))
            {
                outcomes[i] = null;
                continue;
            }

            var current = versions.GetValueOrDefault(request.StreamId);
            if (current != request.ExpectedVersion)
            {
                outcomes[i] = AppendOutcome.Refused(new ConcurrencyException(request.StreamId, request.ExpectedVersion, current));
                continue;
            }

            foreach (var e in request.Events)
            {
                rows.Add(new EventRow(request.StreamId, ++current, e, Microseconds.Truncate(e.OccurredAt), recordedAt));
                if (e.IdempotencyKey is not null)
                {
                    keysInGroup.Add(e.IdempotencyKey);
                }
            }

            versions[request.StreamId] = current;
            outcomes[i] = AppendOutcome.Appended(current);
        }

        if (rows.Count > 0)
        {
            await InsertAsync(session, rows, cancellationToken);
            await session.CommitAsync(cancellationToken);
        }

        return outcomes;
    }

    private static RecordedEvent? FirstRecorded(AppendRequest request, Dictionary<string, RecordedEvent> recordedKeys)
    {
        if (recordedKeys.Count > 0)
        {
            foreach (var e in request.Events)
            {
                if (e.IdempotencyKey is { } key && recordedKeys.TryGetValue(key, out var recorded))
                {
                    return recorded;
                }
            }
        }

        return null;
    }

    private static bool SharesKeyWith(AppendRequest request, HashSet<string> keysInGroup)
    {
        foreach (var e in request.Events)
        {
            if (e.IdempotencyKey is { } key && keysInGroup.Contains(key))
            {
                return true;
            }
        }

        return false;
    }

    private async Task<Exception> ExplainViolationAsync(AppendRequest request, UniqueViolation violation, DbException ex, CancellationToken cancellationToken)
    {
        if (violation == UniqueViolation.IdempotencyKey)
        {
            foreach (var key in request.Events.Select(e => e.IdempotencyKey).OfType<string>())
            {
                if (await FindByIdempotencyKeyAsync(key, cancellationToken) is { } existing)
                {
                    return new DuplicateIdempotencyKeyException(existing);
                }
            }

            return ex;
        }

        var stream = await ReadStreamAsync(request.StreamId, request.ExpectedVersion, cancellationToken);
        return new ConcurrencyException(request.StreamId, request.ExpectedVersion, stream.Count == 0 ? request.ExpectedVersion : stream[^1].Version);
    }

    public async Task<IReadOnlyList<RecordedEvent>> ReadStreamAsync(string streamId, long afterVersion = 0, CancellationToken cancellationToken = default) =>
        await QueryAsync(
            $"SELECT {Columns} FROM events WHERE stream_id = @streamId AND version > @afterVersion ORDER BY version",
            [("streamId", streamId), ("afterVersion", afterVersion)],
            cancellationToken);

    public async Task<IReadOnlyList<RecordedEvent>> ReadAllAsync(long afterSequence, int maxCount, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxCount);
        return await QueryAsync(
            $"SELECT {Columns} FROM events WHERE sequence > @afterSequence ORDER BY sequence LIMIT @maxCount",
            [("afterSequence", afterSequence), ("maxCount", maxCount)],
            cancellationToken);
    }

    public async Task<IReadOnlyList<RecordedEvent>> ReadByTimeAsync(DateTimeOffset from, DateTimeOffset to, int maxCount, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxCount);
        return await QueryAsync(
            $"SELECT {Columns} FROM events WHERE {OccurredBetween} ORDER BY sequence LIMIT @maxCount",
            [("from", TimeParameter(from)), ("to", TimeParameter(to)), ("maxCount", maxCount)],
            cancellationToken);
    }

    public virtual async Task<RecordedEvent?> FindByIdempotencyKeyAsync(string idempotencyKey, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(idempotencyKey);
        var found = await QueryAsync($"SELECT {Columns} FROM events WHERE idempotency_key = @key", [("key", idempotencyKey)], cancellationToken);
        return found.Count == 0 ? null : found[0];
    }

    public async IAsyncEnumerable<RecordedEvent> ReplayAsync(long afterSequence = 0, long upToSequence = long.MaxValue, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var connection = await Database.OpenConnectionAsync(cancellationToken);
        await using var command = CreateCommand(
            connection,
            null,
            $"SELECT {Columns} FROM events WHERE sequence > @afterSequence AND sequence <= @upToSequence ORDER BY sequence",
            [("afterSequence", afterSequence), ("upToSequence", upToSequence)]);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return ReadEvent(reader);
        }
    }

    public async Task<long> ReadLastSequenceAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await Database.OpenConnectionAsync(cancellationToken);
        await using var command = CreateCommand(connection, null, "SELECT COALESCE(MAX(sequence), 0) FROM events", []);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    private async Task<IReadOnlyList<RecordedEvent>> QueryAsync(string sql, (string Name, object? Value)[] parameters, CancellationToken cancellationToken)
    {
        await using var connection = await Database.OpenConnectionAsync(cancellationToken);
        await using var command = CreateCommand(connection, null, sql, parameters);
        return await ReadEventsAsync(command, cancellationToken);
    }

    private protected async Task<List<RecordedEvent>> ReadEventsAsync(DbCommand command, CancellationToken cancellationToken)
    {
        var events = new List<RecordedEvent>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            events.Add(ReadEvent(reader));
        }

        return events;
    }

    private protected static DbCommand CreateCommand(DbConnection connection, DbTransaction? transaction, string sql, (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    private protected static string? NullableString(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    /// <summary>The current version of each stream that exists (absent streams are at 0).</summary>
    private protected abstract Task<Dictionary<string, long>> ReadStreamVersionsAsync(WriteSession session, IReadOnlyList<string> streamIds, CancellationToken cancellationToken);

    private protected abstract Task<Dictionary<string, RecordedEvent>> FindByIdempotencyKeysAsync(WriteSession session, IReadOnlyList<string> keys, CancellationToken cancellationToken);

    private protected abstract Task InsertAsync(WriteSession session, IReadOnlyList<EventRow> rows, CancellationToken cancellationToken);

    private protected abstract UniqueViolation ClassifyUniqueViolation(DbException exception);

    /// <summary>The condition "occurred in [@from, @to)" in the form the provider's time index can serve.</summary>
    private protected virtual string OccurredBetween => "occurred_at >= @from AND occurred_at < @to";

    /// <summary>A time as the provider stores it (microsecond precision, UTC).</summary>
    private protected abstract object TimeParameter(DateTimeOffset value);

    /// <summary>One row selected as <see cref="Columns"/>.</summary>
    private protected abstract RecordedEvent ReadEvent(DbDataReader reader);
}
