namespace Marketplace.Application.Startups;

/// <summary>The bytes of a logo and the type they were recognised as when uploaded. The caller disposes the stream.</summary>
public sealed record StartupLogo(string ContentType, Stream Content, string Sha256);
