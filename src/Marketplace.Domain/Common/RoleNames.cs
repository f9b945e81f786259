namespace Marketplace.Domain.Common;

public static class RoleNames
{
    public const string Founder = "founder";
    public const string FundManager = "fund-manager";
    public const string Researcher = "researcher";
    public const string Admin = "admin";
}
