using System.Text.Json;
using Orleans.Storage;
using PeaceOps.Ops.Contracts.Events;
using PeaceOps.Ops.Storage.GrainState;

namespace PeaceOps.Ops.Grains.Persistence;

/// <summary>
/// Orleans grain storage over the product's own grain-state table (JSON, ETag = row version), so that aircraft and
/// facility state lives in the same database as the event log, SQLite or PostgreSQL alike.
/// </summary>
public sealed class OpsGrainStorage(GrainStateStore store) : IGrainStorage
{
    public async Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        ArgumentNullException.ThrowIfNull(grainState);
        var stored = await store.ReadAsync(stateName, grainId.ToString());
        grainState.ETag = stored.ETag;
        grainState.RecordExists = stored.RecordExists;
        grainState.State = stored.Json is { } json
            ? JsonSerializer.Deserialize<T>(json, OpsEventJson.Options)!
            : Activator.CreateInstance<T>();
    }

    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        ArgumentNullException.ThrowIfNull(grainState);
        var json = JsonSerializer.Serialize(grainState.State, OpsEventJson.Options);
        try
        {
            grainState.ETag = await store.WriteAsync(stateName, grainId.ToString(), json, grainState.ETag);
            grainState.RecordExists = true;
        }
        catch (GrainStateConcurrencyException conflict)
        {
            throw new InconsistentStateException(conflict.Message, conflict.ActualETag ?? "", grainState.ETag ?? "");
        }
    }

    public async Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        ArgumentNullException.ThrowIfNull(grainState);
        try
        {
            grainState.ETag = await store.ClearAsync(stateName, grainId.ToString(), grainState.ETag);
            grainState.RecordExists = false;
            grainState.State = Activator.CreateInstance<T>();
        }
        catch (GrainStateConcurrencyException conflict)
        {
            throw new InconsistentStateException(conflict.Message, conflict.ActualETag ?? "", grainState.ETag ?? "");
        }
    }
}
