using Marketplace.Application.Common;
using Marketplace.Application.Common.Security;
using Marketplace.Domain.Common;

namespace Marketplace.UnitTests.Application;

public sealed class AccessRuleTests
{
    private sealed class FakeUser(bool authenticated = false, bool system = false, params string[] roles) : ICurrentUser
    {
        public Guid? Id { get; } = authenticated ? Guid.NewGuid() : null;
        public bool IsAuthenticated => authenticated;
        public bool IsSystem => system;
        public bool IsInRole(string role) => roles.Contains(role);
    }

    [AllowAnonymous] private sealed record AnonymousMessage;
    private sealed record SignedInMessage;
    [RequiresRole(RoleNames.Admin)] private sealed record AdminMessage;
    [RequiresRole(RoleNames.Founder, RoleNames.FundManager)] private sealed record FounderOrFundMessage;
    [SystemOnly] private sealed record SystemMessage;

    private static readonly FakeUser Anonymous = new();
    private static readonly FakeUser System = new(system: true);
    private static readonly FakeUser Founder = new(true, false, RoleNames.Founder);
    private static readonly FakeUser Researcher = new(true, false, RoleNames.Researcher);
    private static readonly FakeUser Admin = new(true, false, RoleNames.Admin);

    [Fact]
    public void The_rule_is_read_from_the_message_attributes()
    {
        Assert.True(AccessRule.For(typeof(AnonymousMessage)).Anonymous);
        Assert.True(AccessRule.For(typeof(SystemMessage)).SystemOnly);
        Assert.Equal([RoleNames.Founder, RoleNames.FundManager], AccessRule.For(typeof(FounderOrFundMessage)).Roles);
        var signedIn = AccessRule.For(typeof(SignedInMessage));
        Assert.False(signedIn.Anonymous);
        Assert.False(signedIn.SystemOnly);
        Assert.Empty(signedIn.Roles);
    }

    [Fact]
    public void Anyone_may_run_an_anonymous_use_case()
    {
        var rule = AccessRule.For(typeof(AnonymousMessage));
        rule.Check(Anonymous);
        rule.Check(Founder);
        rule.Check(System);
    }

    [Fact]
    public void Without_an_attribute_a_signed_in_user_is_required()
    {
        var rule = AccessRule.For(typeof(SignedInMessage));
        Assert.Throws<NotAuthenticatedException>(() => rule.Check(Anonymous));
        rule.Check(Researcher);
        rule.Check(System);
    }

    [Fact]
    public void A_role_rule_admits_users_in_any_listed_role_and_refuses_the_others()
    {
        var rule = AccessRule.For(typeof(FounderOrFundMessage));
        rule.Check(Founder);
        rule.Check(new FakeUser(true, false, RoleNames.FundManager));
        Assert.Throws<ForbiddenException>(() => rule.Check(Researcher));
        Assert.Throws<ForbiddenException>(() => rule.Check(Admin));
    }

    [Fact]
    public void An_anonymous_user_is_asked_to_sign_in_before_a_role_is_checked()
    {
        Assert.Throws<NotAuthenticatedException>(() => AccessRule.For(typeof(AdminMessage)).Check(Anonymous));
    }

    [Fact]
    public void The_system_may_run_role_restricted_use_cases()
    {
        AccessRule.For(typeof(AdminMessage)).Check(System);
        AccessRule.For(typeof(AdminMessage)).Check(Admin);
        Assert.Throws<ForbiddenException>(() => AccessRule.For(typeof(AdminMessage)).Check(Founder));
    }

    [Fact]
    public void Only_the_system_may_run_a_system_only_use_case()
    {
        var rule = AccessRule.For(typeof(SystemMessage));
        rule.Check(System);
        Assert.Throws<ForbiddenException>(() => rule.Check(Admin));
        Assert.Throws<ForbiddenException>(() => rule.Check(Founder));
        Assert.Throws<ForbiddenException>(() => rule.Check(Anonymous));
    }
}
