namespace Marketplace.Infrastructure;

public static class BackgroundJobsDefaults
{
    /// <summary>How soon a worker sees a queued job (a recompute's debounce and this make its latency).</summary>
    public static readonly TimeSpan QueuePollInterval = TimeSpan.FromMilliseconds(500);
}
