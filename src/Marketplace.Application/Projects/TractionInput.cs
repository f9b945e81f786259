namespace Marketplace.Application.Projects;

/// <summary>One row of the traction table as the form posts it; blank rows are ignored.</summary>
public sealed record TractionInput(string? Metric, long? Value)
{
    public bool IsBlank => string.IsNullOrWhiteSpace(Metric) && Value is null;
}
