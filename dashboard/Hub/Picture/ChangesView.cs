namespace PeaceOps.Ops.Dashboard.Hub.Picture;

/// <summary>
/// A batch of changes covering sequences <see cref="FromSequence"/>..<see cref="ToSequence"/> (changes a subscription does not
/// ask for are left out, the range still counts them). A client whose last sequence is below FromSequence - 1 missed
/// something and calls <c>Resync(lastSequence)</c>; otherwise it applies the changes in order and takes ToSequence as its last.
/// </summary>
public sealed record ChangesView(string Epoch, long FromSequence, long ToSequence, IReadOnlyList<ChangeView> Changes);
