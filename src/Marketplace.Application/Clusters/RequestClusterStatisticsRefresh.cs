using Marketplace.Application.Common;
using Marketplace.Application.Common.Security;
using Marketplace.Domain.Common;
using Mediator;

namespace Marketplace.Application.Clusters;

/// <summary>
/// An administrator asks for the cluster counts now instead of at the next scheduled run. The
/// job itself does the counting (<see cref="RefreshClusterStatistics"/>); this only queues it,
/// and the audit log records who asked.
/// </summary>
public static class RequestClusterStatisticsRefresh
{
    public const string JobName = "cluster-statistics";

    [RequiresRole(RoleNames.Admin)]
    public sealed record Command : ICommand<string>, IAuditedAction
    {
        public string AuditEntityType => "Job";

        public string AuditEntityId => JobName;
    }

    public sealed class Handler(IBackgroundJobs jobs) : ICommandHandler<Command, string>
    {
        public ValueTask<string> Handle(Command command, CancellationToken ct) => ValueTask.FromResult(jobs.EnqueueClusterStatisticsRefresh());
    }
}
