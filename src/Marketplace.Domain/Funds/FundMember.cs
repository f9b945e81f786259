namespace Marketplace.Domain.Funds;

public sealed class FundMember
{
    public Guid FundId { get; set; }
    public Guid UserId { get; set; }
    public string Role { get; set; } = FundRoles.Partner;
    public DateTime JoinedAt { get; set; }
}
