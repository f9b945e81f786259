using Hangfire;
using Marketplace.Domain.Matching;

namespace Marketplace.Infrastructure.Jobs;

public static class MatchingSchedules
{
    public const string SafetyNet = "process-recompute-requests";

    public static void Register(IRecurringJobManager jobs)
    {
        // The nightly full recomputes, one pairing after the other.
        jobs.AddOrUpdate<FullRecomputeJob>("full-recompute-" + Pairings.FundProject, j => j.RunAsync(Pairings.FundProject, CancellationToken.None), "30 2 * * *");
        jobs.AddOrUpdate<FullRecomputeJob>("full-recompute-" + Pairings.ResearcherPosition, j => j.RunAsync(Pairings.ResearcherPosition, CancellationToken.None), "30 3 * * *");
        // A request whose poke was lost (a process that stopped in between) is still answered within a minute.
        jobs.AddOrUpdate<ProcessRecomputeRequestsJob>(SafetyNet, j => j.RunAsync(CancellationToken.None), "* * * * *");
    }
}
