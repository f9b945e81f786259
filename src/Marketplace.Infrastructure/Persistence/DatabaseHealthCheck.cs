using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Marketplace.Infrastructure.Persistence;

public sealed class DatabaseHealthCheck(AppDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            return await db.Database.CanConnectAsync(cancellationToken)
                ? HealthCheckResult.Healthy(db.Database.ProviderName)
                : HealthCheckResult.Unhealthy("Cannot connect.");
        }
        catch (Exception e)
        {
            return HealthCheckResult.Unhealthy("Cannot connect.", e);
        }
    }
}
