namespace Marketplace.Web.Resources;

/// <summary>Anchor type for the site's shared strings (SharedResource*.resx).</summary>
public sealed class SharedResource;
