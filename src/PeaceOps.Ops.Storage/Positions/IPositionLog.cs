namespace PeaceOps.Ops.Storage.Positions;

/// <summary>Where accepted position reports are recorded, so that replay can show where every aircraft was.</summary>
public interface IPositionLog
{
    /// <summary>Completes when the report is durable: true when stored, false when its id was stored before.</summary>
    Task<bool> AppendAsync(PositionReport report, CancellationToken cancellationToken = default);

    /// <summary>One aircraft's reports with <c>at</c> in [<paramref name="from"/>, <paramref name="to"/>), oldest first.</summary>
    Task<IReadOnlyList<RecordedPositionReport>> ReadTrackAsync(string aircraftId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default);
}
