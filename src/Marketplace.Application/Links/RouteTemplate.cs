using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;

namespace Marketplace.Application.Links;

/// <summary>
/// Fills in a route pattern of <see cref="SiteRoutes"/> as ASP.NET Core's link generator does: each
/// <c>{name}</c> (constraints such as <c>{id:guid}</c> allowed) takes its value, the values the pattern does not
/// name become the query string in the order given, and both are encoded with <see cref="UrlEncoder.Default"/>.
/// </summary>
public static partial class RouteTemplate
{
    public static string Expand(string template, params (string Name, object? Value)[] values)
    {
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var path = Parameter().Replace(template, match =>
        {
            var name = match.Groups["name"].Value;
            var value = values.FirstOrDefault(v => string.Equals(v.Name, name, StringComparison.OrdinalIgnoreCase));
            if (Text(value.Value) is not { } text)
                throw new ArgumentException($"The route {template} needs a value for {name}.", nameof(values));
            used.Add(name);
            return UrlEncoder.Default.Encode(text);
        });
        var query = new StringBuilder();
        foreach (var (name, value) in values)
        {
            if (used.Contains(name) || Text(value) is not { } text)
                continue;
            query.Append(query.Length == 0 ? '?' : '&')
                .Append(UrlEncoder.Default.Encode(name)).Append('=').Append(UrlEncoder.Default.Encode(text));
        }
        return path + query;
    }

    /// <summary>The value as the link generator writes it; null or empty values are left out.</summary>
    private static string? Text(object? value) => Convert.ToString(value, CultureInfo.InvariantCulture) is { Length: > 0 } text ? text : null;

    [GeneratedRegex(@"\{(?<name>\w+)(?::[^{}]*)?\}")]
    private static partial Regex Parameter();
}
