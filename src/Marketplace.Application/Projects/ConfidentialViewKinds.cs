namespace Marketplace.Application.Projects;

public static class ConfidentialViewKinds
{
    public const string Details = "details";
    public const string Deck = "deck";
}
