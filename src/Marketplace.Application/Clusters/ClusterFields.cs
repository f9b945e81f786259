using Marketplace.Application.Common;
using Marketplace.Domain.Clusters;
using Marketplace.Domain.Common;

namespace Marketplace.Application.Clusters;

internal static class ClusterFields
{
    /// <summary>An ISO 3166 alpha-2 code in capitals ("cn" is taken as "CN"), or null when it is not one.</summary>
    public static string? CountryCode(string? input) =>
        Input.Clean(input)?.ToUpperInvariant() is { Length: 2 } code && code.All(c => c is >= 'A' and <= 'Z') ? code : null;

    public static void CopyTo(this IClusterFields fields, Cluster cluster)
    {
        DevelopmentModes.TryParse(fields.Mode, out var mode);
        cluster.Name = new LocalizedText(Input.Clean(fields.NameEn), Input.Clean(fields.NameZh));
        cluster.CountryCode = CountryCode(fields.CountryCode)!;
        cluster.Region = Input.Clean(fields.Region);
        cluster.Mode = mode;
        cluster.Description = new LocalizedText(Input.Clean(fields.DescriptionEn), Input.Clean(fields.DescriptionZh));
    }
}
