namespace Marketplace.Web.Infrastructure;

/// <summary>
/// Where the Hangfire dashboard is mounted (not an MVC route, so no tag helper reaches it): the mapping, its
/// content security policy and the administrators' links all read this one path.
/// </summary>
public static class JobsDashboard
{
    public const string Path = "/admin/jobs";

    public const string FailedJobs = Path + "/jobs/failed";

    public static string Job(string id) => $"{Path}/jobs/details/{Uri.EscapeDataString(id)}";
}
