namespace PeaceOps.Ops.Contracts.Notifications;

/// <summary>
/// Changes in sequence order. <see cref="FromSequence"/>..<see cref="ToSequence"/> is contiguous: a client whose last
/// sequence is not FromSequence - 1 missed something and resyncs. <see cref="Epoch"/> changes when the picture grain
/// restarts (sequences still increase across epochs, but the gap is certain).
/// </summary>
[GenerateSerializer, Immutable, Alias("peaceops.change-batch")]
public sealed record OpsChangeBatch(
    [property: Id(0)] string Epoch,
    [property: Id(1)] long FromSequence,
    [property: Id(2)] long ToSequence,
    [property: Id(3)] IReadOnlyList<OpsChange> Changes);
