using System.Text.Json;

namespace Marketplace.Application.Profiles;

public sealed record ProfileRevision(string DisplayName)
{
    public static string Write(ProfileRevision revision) => JsonSerializer.Serialize(revision);

    public static ProfileRevision Read(string? payload) =>
        JsonSerializer.Deserialize<ProfileRevision>(payload ?? "{}") ?? throw new InvalidOperationException("Empty profile revision.");
}
