namespace Marketplace.Application.Import;

/// <summary>A problem with one record (or, with an empty key, with a whole section), named as section/key/field.</summary>
public sealed record ImportError(string Section, string Key, string Field, string Message)
{
    public override string ToString() => $"{Section}/{Key}/{Field}: {Message}";
}
