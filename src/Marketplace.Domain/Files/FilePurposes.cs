namespace Marketplace.Domain.Files;

public static class FilePurposes
{
    public const string Logo = "logo";
    public const string PitchDeck = "pitch-deck";
}
