namespace Marketplace.Application.Matching.Kernel;

/// <summary>Words two descriptions share, the most telling first.</summary>
public sealed record TermsArg(IReadOnlyList<string> Terms) : FitArg
{
    public bool Equals(TermsArg? other) => other is not null && Terms.SequenceEqual(other.Terms);

    public override int GetHashCode() => Terms.Count;
}
