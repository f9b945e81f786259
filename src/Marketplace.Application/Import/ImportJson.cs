using System.Text.Json;
using System.Text.Json.Serialization;

namespace Marketplace.Application.Import;

public static class ImportJson
{
    public const string Format = "marketplace-import/1";

    /// <summary>Records are read strictly: an unknown field is reported rather than silently dropped.</summary>
    public static readonly JsonSerializerOptions Records = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        NumberHandling = JsonNumberHandling.Strict,
    };

    /// <summary>The record as the hash sees it: the same data always gives the same bytes, whatever the file's layout.</summary>
    internal static readonly JsonSerializerOptions Canonical = new(JsonSerializerDefaults.Web) { WriteIndented = false };

    public static readonly JsonDocumentOptions Document = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };
}
