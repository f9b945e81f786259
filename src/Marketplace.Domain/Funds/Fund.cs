using Marketplace.Domain.Common;

namespace Marketplace.Domain.Funds;

/// <summary>
/// A fund (government guidance fund, VC, industry fund, corporate VC, angel) and its team. The
/// Founders issue needs funds only as holders of confidential access; the Funds issue adds the
/// mandate and the pipeline.
/// </summary>
public sealed class Fund : AuditedEntity
{
    private Fund() { }

    public Fund(LocalizedText name, string type)
    {
        Name = name;
        Type = type;
    }

    public LocalizedText Name { get; set; } = LocalizedText.Empty;
    /// <summary>guidance, venture-capital, industry, corporate-vc or angel.</summary>
    public string Type { get; set; } = null!;
    public Guid? ClusterId { get; set; }
    public bool IsVerified { get; set; }
    public string? ImportKey { get; set; }
}

public static class FundRoles
{
    public const string Partner = "partner";
    public const string Analyst = "analyst";
    public static readonly IReadOnlyList<string> All = [Partner, Analyst];
}

public sealed class FundMember
{
    public Guid FundId { get; set; }
    public Guid UserId { get; set; }
    public string Role { get; set; } = FundRoles.Partner;
    public DateTime JoinedAt { get; set; }
}
