using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Auditing;

/// <summary>Reads the audit log's JSON ({ "Property": { "before": ..., "after": ... } }) into lines a person can read.</summary>
public static class AuditChanges
{
    public static IReadOnlyList<AuditChange> Parse(string json)
    {
        using var document = JsonDocument.Parse(string.IsNullOrWhiteSpace(json) ? "{}" : json);
        if (document.RootElement.ValueKind != JsonValueKind.Object)
            return [];
        var changes = new List<AuditChange>();
        foreach (var property in document.RootElement.EnumerateObject())
        {
            var hasBefore = property.Value.ValueKind == JsonValueKind.Object && property.Value.TryGetProperty("before", out _);
            changes.Add(new AuditChange(property.Name, hasBefore, Value(property.Value, "before"), Value(property.Value, "after")));
        }
        return changes;
    }

    private static string? Value(JsonElement change, string name)
    {
        if (change.ValueKind != JsonValueKind.Object || !change.TryGetProperty(name, out var value))
            return null;
        return value.ValueKind switch
        {
            JsonValueKind.Null or JsonValueKind.Undefined => null,
            JsonValueKind.String => value.GetString(),
            _ => value.GetRawText(),
        };
    }
}
