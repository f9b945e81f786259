namespace Marketplace.Infrastructure;

/// <summary>
/// The repository root holds appsettings.json and wwwroot/ (the layout the team chose). Run from a
/// checkout, the app finds that root by walking up from its binaries; published, it uses its own folder.
/// </summary>
public static class ContentRoot
{
    public static string Find()
    {
        var configured = Environment.GetEnvironmentVariable("MARKETPLACE_CONTENT_ROOT");
        if (!string.IsNullOrEmpty(configured))
            return Path.GetFullPath(configured);
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Marketplace.sln")))
                return dir.FullName;
        return AppContext.BaseDirectory;
    }
}
