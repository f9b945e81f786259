using System.Text.Json.Serialization;

namespace Marketplace.Application.Matching.Kernel;

/// <summary>Codes of one kind (stages, sectors, clusters, currencies), shown by their names.</summary>
public sealed record CodesArg : FitArg
{
    [JsonConstructor]
    public CodesArg(FitCodeKind kind, IReadOnlyList<string> codes)
    {
        Kind = kind;
        Codes = codes;
    }

    public CodesArg(FitCodeKind kind, string code) : this(kind, [code]) { }

    public FitCodeKind Kind { get; }
    public IReadOnlyList<string> Codes { get; }

    public void Deconstruct(out FitCodeKind kind, out IReadOnlyList<string> codes) => (kind, codes) = (Kind, Codes);

    public bool Equals(CodesArg? other) => other is not null && Kind == other.Kind && Codes.SequenceEqual(other.Codes);

    public override int GetHashCode() => HashCode.Combine(Kind, Codes.Count);
}
