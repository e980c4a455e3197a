using System.Threading.Channels;

namespace PeaceOps.Ops.Storage.GroupCommit;

/// <summary>
/// Coalesces items from many callers into groups written by one background loop, one transaction per group; each
/// caller's task completes when the transaction holding its item has committed (or failed).
/// </summary>
internal sealed class GroupCommitQueue<TItem, TResult> : IAsyncDisposable
{
    private readonly Channel<Pending> _channel = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Func<IReadOnlyList<TItem>, CancellationToken, Task<IReadOnlyList<GroupOutcome<TResult>>>> _write;
    private readonly Func<TItem, int> _weight;
    private readonly GroupCommitOptions _options;
    private readonly TimeProvider _timer;
    private readonly Task _loop;

    // write: one group in one transaction, one outcome per item in order; weight: how much of MaxBatchSize an
    // item uses (the events in an append); timer: drives MaxDelay.
    public GroupCommitQueue(
        Func<IReadOnlyList<TItem>, CancellationToken, Task<IReadOnlyList<GroupOutcome<TResult>>>> write,
        Func<TItem, int> weight,
        GroupCommitOptions options,
        TimeProvider timer)
    {
        options.Validate();
        _write = write;
        _weight = weight;
        _options = options;
        _timer = timer;
        _loop = Task.Run(RunAsync);
    }

    /// <summary>
    /// Queues <paramref name="item"/>. Cancelling stops the wait, not the write: the item may still be recorded,
    /// which is why retried commands carry idempotency keys.
    /// </summary>
    public Task<TResult> EnqueueAsync(TItem item, CancellationToken cancellationToken)
    {
        var pending = new Pending(item, new TaskCompletionSource<TResult>(TaskCreationOptions.RunContinuationsAsynchronously));
        if (!_channel.Writer.TryWrite(pending))
        {
            throw new ObjectDisposedException(GetType().Name, "The writer is shutting down; nothing more is accepted.");
        }

        return pending.Completion.Task.WaitAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        // Everything already accepted is still written before the loop ends.
        _channel.Writer.TryComplete();
        await _loop;
    }

    private async Task RunAsync()
    {
        var reader = _channel.Reader;
        var group = new List<Pending>();
        var previousWeight = 0;
        Task<bool>? waiting = null;
        while (await (waiting ?? reader.WaitToReadAsync().AsTask()))
        {
            waiting = null;
            var weight = 0;
            while (weight < _options.MaxBatchSize && reader.TryRead(out var pending))
            {
                group.Add(pending);
                weight += _weight(pending.Item);
            }

            if (!IsEnough(weight, previousWeight) && _options.MaxDelay > TimeSpan.Zero)
            {
                using var delayCancel = new CancellationTokenSource();
                var delay = Task.Delay(_options.MaxDelay, _timer, delayCancel.Token);
                while (!IsEnough(weight, previousWeight))
                {
                    if (reader.TryRead(out var pending))
                    {
                        group.Add(pending);
                        weight += _weight(pending.Item);
                        continue;
                    }

                    waiting ??= reader.WaitToReadAsync().AsTask();
                    if (await Task.WhenAny(waiting, delay) == delay || !await waiting)
                    {
                        break;
                    }

                    waiting = null;
                }

                await delayCancel.CancelAsync();
            }

            if (group.Count > 0)
            {
                await WriteGroupAsync(group);
                group.Clear();
                previousWeight = weight;
            }
        }
    }

    /// <summary>
    /// Whether a group stops waiting for company: it is full, or it is as large as the group written before it.
    /// Callers that await each write before the next (grains do) come back in a burst after every commit; once
    /// as many are back as were in the last group, more are unlikely, and waiting out the delay would only add
    /// latency (MySQL's binlog_group_commit_sync_no_delay_count, sized by the last group rather than a setting).
    /// Under steady load each group is what queued during the previous write, so groups still grow with load.
    /// </summary>
    private bool IsEnough(int weight, int previousWeight) =>
        weight >= _options.MaxBatchSize || (previousWeight > 0 && weight >= previousWeight);

    private async Task WriteGroupAsync(List<Pending> group)
    {
        try
        {
            var outcomes = await _write(group.Select(p => p.Item).ToList(), CancellationToken.None);
            for (var i = 0; i < group.Count; i++)
            {
                if (outcomes[i].Error is { } error)
                {
                    group[i].Completion.TrySetException(error);
                }
                else
                {
                    group[i].Completion.TrySetResult(outcomes[i].Result);
                }
            }
        }
        catch (Exception ex)
        {
            // The whole transaction failed (database gone, disk full): nothing of the group was written.
            foreach (var pending in group)
            {
                pending.Completion.TrySetException(ex);
            }
        }
    }

    private sealed record Pending(TItem Item, TaskCompletionSource<TResult> Completion);
}
