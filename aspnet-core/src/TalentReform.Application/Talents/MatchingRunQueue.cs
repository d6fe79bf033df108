using System.Threading.Channels;

namespace TalentReform.Talents;

/// <summary>
/// Runs waiting for the host's matching worker. In memory: a run whose host stops before it ends is marked
/// interrupted at the next start (<see cref="MatchingRunStarter.FailInterruptedAsync"/>) and can simply be started again.
/// </summary>
public sealed class MatchingRunQueue
{
    private readonly Channel<Guid> _channel = Channel.CreateUnbounded<Guid>(new UnboundedChannelOptions { SingleReader = true });

    public void Enqueue(Guid runId) => _channel.Writer.TryWrite(runId);

    public IAsyncEnumerable<Guid> ReadAllAsync(CancellationToken cancellationToken) => _channel.Reader.ReadAllAsync(cancellationToken);
}
