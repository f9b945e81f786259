namespace Marketplace.Web.Models;

public sealed class TractionRow
{
    public string? Metric { get; set; }
    public long? Value { get; set; }
}
