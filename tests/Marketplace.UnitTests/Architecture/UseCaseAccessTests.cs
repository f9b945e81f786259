using System.Reflection;
using Marketplace.Application.Accounts;
using Marketplace.Application.Clusters;
using Marketplace.Application.Common.Security;
using Marketplace.Application.Projects;
using Marketplace.Domain.Common;

namespace Marketplace.UnitTests.Architecture;

/// <summary>
/// Access is declared on each message ([AllowAnonymous], [RequiresRole], [SystemOnly]; none means
/// signed in). Opening a use case to everyone must be a conscious decision: it goes in this list.
/// </summary>
public sealed class UseCaseAccessTests
{
    private static readonly Type[] AnonymousUseCases =
    [
        typeof(ListClusters.Query),
        typeof(GetCluster.Query),
        typeof(SearchProjects.Query),
        typeof(GetProjectFilterOptions.Query),
        typeof(Register.Command),
        typeof(SignIn.Command),
        typeof(SignOut.Command),
        typeof(ConfirmEmail.Command),
        typeof(ForgotPassword.Command),
        typeof(ResetPassword.Command),
        typeof(GetProject.Query),
        typeof(ViewProject.Command),
        // Anyone not allowed gets the same 404, signed in or not (the handler decides).
        typeof(DownloadPitchDeck.Command),
        // Startup profiles and their logos are public; an invitation is shown to whoever holds its link.
        typeof(Marketplace.Application.Startups.GetStartup.Query),
        typeof(Marketplace.Application.Startups.GetStartupLogo.Query),
        typeof(Marketplace.Application.Startups.GetStartupInvitation.Query),
        // Fund discovery is public, like project discovery.
        typeof(Marketplace.Application.Funds.SearchFunds.Query),
        // A fund's mandate is part of its public profile.
        typeof(Marketplace.Application.Funds.GetMandate.Query),
        // A fund's profile is public; its team invitation is shown to whoever holds the link.
        typeof(Marketplace.Application.Funds.GetFund.Query),
        typeof(Marketplace.Application.Funds.GetFundInvitation.Query),
        // A cluster page shows how many researchers (profiles not hidden) would work there: a number, no profile.
        typeof(Marketplace.Application.Researchers.CountClusterTalent.Query),
        // Positions are discovered by everyone; a position's page is public once published (the handler decides).
        typeof(Marketplace.Application.Positions.SearchPositions.Query),
        typeof(Marketplace.Application.Positions.GetPositionFilterOptions.Query),
        typeof(Marketplace.Application.Positions.GetPosition.Query),
    ];

    [Fact]
    public void Only_the_listed_use_cases_are_open_to_anonymous_users()
    {
        var anonymous = UseCases.Messages.Where(m => m.GetCustomAttribute<AllowAnonymousAttribute>() is not null).ToList();

        var unlisted = anonymous.Except(AnonymousUseCases).Select(UseCases.NameOf).ToList();
        Assert.True(unlisted.Count == 0,
            "Anonymous use cases not in the allow-list (add them here if anyone may really run them): " + string.Join(", ", unlisted));
        var stale = AnonymousUseCases.Except(anonymous).Select(UseCases.NameOf).ToList();
        Assert.True(stale.Count == 0, "Listed as anonymous but not [AllowAnonymous]: " + string.Join(", ", stale));
    }

    [Fact]
    public void A_message_declares_at_most_one_kind_of_access()
    {
        var wrong = UseCases.Messages.Where(m =>
                new[]
                {
                    m.GetCustomAttribute<AllowAnonymousAttribute>() is not null,
                    m.GetCustomAttribute<RequiresRoleAttribute>() is not null,
                    m.GetCustomAttribute<SystemOnlyAttribute>() is not null,
                }.Count(declared => declared) > 1)
            .Select(UseCases.NameOf)
            .ToList();
        Assert.True(wrong.Count == 0, "Contradictory access attributes: " + string.Join(", ", wrong));
    }

    [Fact]
    public void Required_roles_are_known_role_codes()
    {
        var wrong = UseCases.Messages
            .Select(m => (Message: m, Attribute: m.GetCustomAttribute<RequiresRoleAttribute>()))
            .Where(x => x.Attribute is not null && (x.Attribute.Roles.Count == 0 || x.Attribute.Roles.Any(r => !Codes.Roles.Contains(r))))
            .Select(x => $"{UseCases.NameOf(x.Message)} [{string.Join(", ", x.Attribute!.Roles)}]")
            .ToList();
        Assert.True(wrong.Count == 0, "Unknown or missing roles: " + string.Join("; ", wrong));
    }

    [Fact]
    public void Access_attributes_sit_on_messages_not_on_handlers_or_use_case_classes()
    {
        // The authorization behavior reads the message type only: an attribute anywhere else protects nothing.
        var misplaced = new[] { Layers.ApplicationAssembly, Layers.InfrastructureAssembly, Layers.WebAssembly, Layers.CliAssembly }
            .SelectMany(a => a.GetTypes())
            .Where(t => !UseCases.Messages.Contains(t)
                        && (t.GetCustomAttribute<AllowAnonymousAttribute>() is not null
                            || t.GetCustomAttribute<RequiresRoleAttribute>() is not null
                            || t.GetCustomAttribute<SystemOnlyAttribute>() is not null))
            .Select(t => t.FullName)
            .ToList();
        Assert.True(misplaced.Count == 0, "Access attributes on types that are not messages: " + string.Join(", ", misplaced));
    }
}
