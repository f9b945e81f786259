using Marketplace.Application.Conversations;
using Marketplace.Application.Funds.Applications;
using Marketplace.Application.Moderation;
using Marketplace.Application.Positions.Applications;
using Marketplace.Application.Projects;
using Marketplace.Domain.Common;
using Marketplace.Domain.Moderation;
using Marketplace.IntegrationTests.Infrastructure;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.BrowserTests.Infrastructure;

/// <summary>
/// One account of each role with something on every page its menus and dashboard lead to, made once
/// per app through the real use cases: a founder's startup with a published project (submitted and
/// approved), one waiting in the moderation queue and a draft; a fund whose manager accepted the
/// founder's application (a conversation and a deal); a published position of the startup that a
/// researcher with a public profile applied to; and an administrator.
/// </summary>
public sealed record SweepAccounts(TestUser Founder, TestUser Manager, TestUser Researcher, TestUser Admin)
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static (MarketplaceApp App, SweepAccounts Accounts)? made;

    public TestUser? For(string role) => role switch
    {
        RoleNames.Founder => Founder,
        RoleNames.FundManager => Manager,
        RoleNames.Researcher => Researcher,
        RoleNames.Admin => Admin,
        _ => null,
    };

    public static async Task<SweepAccounts> ForAsync(MarketplaceApp app)
    {
        await Gate.WaitAsync();
        try
        {
            if (made is { } m && m.App == app)
                return m.Accounts;
            var accounts = await CreateAsync(app);
            made = (app, accounts);
            return accounts;
        }
        finally
        {
            Gate.Release();
        }
    }

    private static async Task<SweepAccounts> CreateAsync(MarketplaceApp app)
    {
        var founder = await Users.RegisterAsync(app, RoleNames.Founder, "Sweep Founder");
        var manager = await Users.RegisterAsync(app, RoleNames.FundManager, "Sweep Manager");
        var researcher = await Users.RegisterAsync(app, RoleNames.Researcher, "Sweep Researcher");
        var admin = await Users.AdminAsync(app);

        var startup = await TestStartups.CreateAsync(app, founder, TestStartups.UniqueName("Sweep startup"));
        var published = await ProjectAsync(app, founder, startup, "Sweep published project");
        await SubmitAsync(app, founder, published);
        var request = await app.QueryAsync(db => db.ModerationRequests
            .Where(r => r.ContentId == published && r.Decision == ModerationDecision.Pending).Select(r => new { r.Id, r.Version }).SingleAsync());
        await As(app, admin, new DecideModeration.Command(request.Id, DecideModeration.Verdict.Approve, null, request.Version));
        await SubmitAsync(app, founder, await ProjectAsync(app, founder, startup, "Sweep project awaiting moderation"));
        await ProjectAsync(app, founder, startup, "Sweep draft project");

        var fund = await TestFunds.CreateAsync(app, manager, TestFunds.UniqueName("Sweep fund"));
        var application = await As(app, founder, new ApplyToFund.Command(fund, published, "We build triage models for county hospitals."));
        var applicationVersion = await app.QueryAsync(db => db.FundApplications.Where(a => a.Id == application).Select(a => a.Version).SingleAsync());
        var conversation = await As(app, manager, new AcceptApplication.Command(fund, application, applicationVersion));
        await As(app, manager, new SendMessage.Command(conversation, "Thanks for applying; shall we meet next week?"));

        var position = await PublishedPositions.CreateAsync(app, founder.Id, startupId: startup, title: PublishedPositions.UniqueTitle("Sweep position"));
        await TestResearchers.SaveAsync(app, researcher, TestResearchers.Command("Sweep researcher in language models", "public"));
        await As(app, researcher, new ApplyToPosition.Command(position, "I have shipped multilingual models."));

        return new SweepAccounts(founder, manager, researcher, admin);
    }

    private static Task<Guid> ProjectAsync(MarketplaceApp app, TestUser founder, Guid startup, string title) =>
        As(app, founder, new CreateProject.Command(startup, title, "扫描测试项目", "Triage models for county hospitals.", "县级医院分诊模型。",
            20_000_000, "CNY", "equity", "series-a", "Hiring and two hospital pilots.", "招聘与两家医院试点。", []));

    private static async Task SubmitAsync(MarketplaceApp app, TestUser founder, Guid project)
    {
        var version = await app.QueryAsync(db => db.Projects.Where(p => p.Id == project).Select(p => p.Version).SingleAsync());
        await As(app, founder, new SubmitProject.Command(project, version));
    }

    private static Task<T> As<T>(MarketplaceApp app, TestUser user, ICommand<T> command) =>
        app.SendAsync(command, MarketplaceApp.Principal(user.Id, user.Role));

    private static Task As(MarketplaceApp app, TestUser user, ICommand command) =>
        app.SendAsync(command, MarketplaceApp.Principal(user.Id, user.Role));
}
