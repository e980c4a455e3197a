using Microsoft.AspNetCore.SignalR.Client;
using PeaceOps.Ops.Contracts.Mission;
using PeaceOps.Ops.Dashboard.Hub.Picture;

namespace PeaceOps.Ops.Silo.Tests.Hub;

/// <summary>
/// Keeps a picture the way a dashboard must: starts from a <c>snapshot</c>, applies <c>changes</c> in sequence order, and on a
/// gap asks <c>Resync(lastSequence)</c> and drops the batch that skipped ahead. Follows the mission settings and aircraft positions.
/// </summary>
public sealed class PictureFollower(HubClient client)
{
    private readonly Dictionary<string, PositionView?> _positions = new(StringComparer.Ordinal);

    public long Sequence { get; private set; } = -1;

    public MissionSettingsDto? Settings { get; private set; }

    public int Snapshots { get; private set; }

    public int Resyncs { get; private set; }

    public PositionView? PositionOf(string aircraftId) => _positions.GetValueOrDefault(aircraftId);

    /// <summary>Applies what arrives until <paramref name="done"/> holds; fails the test when nothing more arrives in time.</summary>
    public async Task UntilAsync(Func<PictureFollower, bool> done)
    {
        while (!done(this))
        {
            switch (await client.NextAsync<object>(TimeSpan.FromSeconds(20)))
            {
                case PictureView snapshot:
                    Snapshots++;
                    Sequence = snapshot.Sequence;
                    Settings = snapshot.Settings;
                    _positions.Clear();
                    foreach (var aircraft in snapshot.Aircraft)
                    {
                        _positions[aircraft.Id] = aircraft.Position;
                    }

                    break;
                case ChangesView batch when Sequence >= 0 && batch.FromSequence > Sequence + 1:
                    Resyncs++;
                    await client.Connection.InvokeAsync("Resync", Sequence, TestContext.Current.CancellationToken);
                    break;
                case ChangesView batch when Sequence >= 0:
                    foreach (var change in batch.Changes.Where(c => c.Sequence > Sequence).OrderBy(c => c.Sequence))
                    {
                        Apply(change);
                    }

                    Sequence = Math.Max(Sequence, batch.ToSequence);
                    break;
            }
        }
    }

    private void Apply(ChangeView change)
    {
        switch (change.Kind)
        {
            case "missionSettingsChanged":
                Settings = change.Settings;
                break;
            case "aircraftMoved":
                _positions[change.AircraftId!] = change.Position;
                break;
            case "aircraftChanged":
                _positions[change.Aircraft!.Id] = change.Aircraft.Position;
                break;
        }
    }
}
