namespace Marketplace.Application.Funds.Applications;

public static class ConsentOrigins
{
    public const string Application = "application";
    public const string Intro = "intro";
}
