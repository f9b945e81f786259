namespace Marketplace.Domain.Positions;

public static class RejectionReasons
{
    public static readonly IReadOnlyList<string> All =
        ["skills", "experience", "degree", "location", "compensation", "position-filled", "other-candidate", "other"];
}
