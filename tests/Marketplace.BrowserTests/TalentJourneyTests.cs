using Marketplace.Application.Accounts;
using Marketplace.Application.Startups;
using Marketplace.BrowserTests.Infrastructure;
using Marketplace.BrowserTests.Pages;
using Marketplace.Domain.Common;
using Marketplace.IntegrationTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Marketplace.BrowserTests;

/// <summary>
/// The talent flow end to end, in both languages: a researcher (Chinese) builds a hidden profile (a bad
/// ORCID is refused at its field first); a founder (English) posts a position that an administrator approves;
/// she finds it by filter and applies; the founder sees her shared profile, moves the application through
/// Reviewing to Interview, which opens a conversation, and writes; she sees "Interview" and a notification
/// and replies; another founder can neither find nor open her hidden profile.
/// </summary>
public sealed class TalentJourneyTests(SqliteApp app, BrowserFixture browser) : BrowserTest(app, browser)
{
    private const string Chinese = "zh-CN";

    [Fact]
    public Task A_researcher_with_a_hidden_profile_applies_is_moved_to_interview_and_talks_with_the_founder_while_strangers_never_see_her() => InBrowserAsync(async founder =>
    {
        var marker = Guid.NewGuid().ToString("N")[..8];
        var headlineEn = $"NLP PhD, multilingual language models {marker}";
        var headlineZh = $"自然语言处理博士，多语言大模型 {marker}";
        var titleEn = $"Research scientist, speech and language {marker}";
        var titleZh = $"语音与语言研究科学家 {marker}";
        const string note = "我在蒙特利尔做多语言大模型研究，愿意为合适的初创企业搬到深圳。";
        const string founderMessage = "Thanks for applying. Could you do a video call on Thursday at 9:00 Shenzhen time?";
        const string reply = "周四上午九点（深圳时间）可以，期待交流。";

        // The researcher, reading Chinese, registers and builds a hidden profile; a bad ORCID is refused at its field first.
        var researcher = await OpenAnotherBrowserAsync(Chinese);
        var researcherHome = new HomePage(researcher);
        await researcherHome.GotoAsync();
        var researcherRegister = await researcherHome.GetStartedAsync();
        researcherHome = await researcherRegister.RegisterAsAsync(RoleNames.Researcher, "陈思远", Users.UniqueEmail("talent-researcher"), Users.Password);
        await Expect(researcherHome.SignedInName).ToHaveTextAsync("陈思远");

        var profile = new ResearcherProfilePage(researcher);
        await profile.GotoAsync();
        await Expect(profile.Heading).ToHaveTextAsync("我的研究者档案");
        await profile.FillAsync(new ResearcherProfileInput(
            headlineEn, headlineZh, ["nlp", "multimodal"], "PyTorch, Distributed Training", "phd",
            new PublicationEntry("Cross-lingual transfer at scale", "ACL", 2024, "10.18653/v1/2024.acl-long.1"),
            Orcid: "0000-0002-1825-0098", DesiredClusters: ["shenzhen", "montreal"], PositionTypes: ["full-time", "postdoc"], Visibility: "hidden"));
        await profile.SaveAsync();
        await Expect(profile.FieldError("Orcid")).ToContainTextAsync("校验不通过");
        await Expect(profile.Flash).ToHaveCountAsync(0);
        await Expect(profile.MyPage).ToHaveCountAsync(0);
        await Expect(profile.PublicationRows).ToHaveCountAsync(6);
        await Expect(profile.Field("publication-0-title")).ToHaveValueAsync("Cross-lingual transfer at scale");

        await profile.Orcid.FillAsync("0000-0002-1825-0097");
        await profile.SaveAsync();
        await Expect(profile.Flash).ToHaveTextAsync("您的档案已保存。");
        await Expect(profile.FieldError("Orcid")).ToBeEmptyAsync();
        await Expect(profile.Field("HeadlineZh")).ToHaveValueAsync(headlineZh);
        await Expect(profile.Field("area-nlp")).ToBeCheckedAsync();
        await Expect(profile.Field("publication-0-title")).ToHaveValueAsync("Cross-lingual transfer at scale");
        await Expect(profile.Field("cluster-shenzhen")).ToBeCheckedAsync();
        await Expect(profile.Field("type-postdoc")).ToBeCheckedAsync();
        await Expect(profile.Field("visibility-hidden")).ToBeCheckedAsync();
        var researcherId = await profile.ProfileIdAsync();
        var saved = await App.QueryAsync(db => Task.FromResult(db.ResearcherProfiles.Single(p => p.Id == researcherId)));
        Assert.Equal(("0000-0002-1825-0097", "hidden"), (saved.Orcid, saved.Visibility));

        // The founder (English) registers; his Shenzhen startup is written directly (not what this test is about).
        var founderHome = new HomePage(founder);
        await founderHome.GotoAsync();
        var founderRegister = await founderHome.GetStartedAsync();
        var founderEmail = Users.UniqueEmail("talent-founder");
        await founderRegister.RegisterAsAsync(RoleNames.Founder, "Li Ming", founderEmail, Users.Password);
        var founderId = await App.QueryAsync(db => Task.FromResult(db.Users.Single(u => u.Email == founderEmail).Id));
        var startupName = $"Shenzhen Speech {marker}";
        var startupId = await App.SendAsync(
            new CreateStartup.Command(startupName, $"深声智能 {marker}", null, null, "shenzhen", ["algorithms"], "series-a", "2021", "25", null, []),
            MarketplaceApp.Principal(founderId, RoleNames.Founder));

        // He posts a position through the form and submits it.
        var positionForm = new PositionFormPage(founder, startupId);
        await positionForm.GotoAsync();
        await Expect(positionForm.Heading).ToHaveTextAsync("New position");
        var position = await positionForm.CreateDraftAsync(new PositionInput(
            titleEn, titleZh, "Build multilingual speech and language models for our Shenzhen customers.", "为深圳客户构建多语言语音与语言模型。",
            "full-time", ["nlp", "speech"], "PyTorch", "shenzhen", MinDegree: "master", Deadline: DateOnly.FromDateTime(DateTime.UtcNow.AddDays(60))));
        await Expect(position.Flash).ToHaveTextAsync("The position was saved as a draft.");
        await Expect(position.Title).ToHaveTextAsync(titleEn);
        await Expect(position.State).ToHaveTextAsync("Draft");
        await position.SubmitForReviewAsync();
        await Expect(position.Flash).ToHaveTextAsync("The position was sent for review.");
        await Expect(position.State).ToHaveTextAsync("Waiting for review");

        // An administrator approves it from the moderation queue.
        var adminEmail = Users.UniqueEmail("talent-admin");
        await App.SendAsync(new CreateAdministrator.Command(adminEmail, Users.Password, "Moderator Wang"));
        var admin = await OpenAnotherBrowserAsync();
        var login = new LoginPage(admin);
        await login.GotoAsync();
        var adminHome = await login.LoginAsAsync(adminEmail, Users.Password);
        var queue = await adminHome.OpenModerationAsync();
        await Expect(queue.RowFor(marker)).ToContainTextAsync("Position");
        var review = await queue.OpenAsync(marker);
        await Expect(review.Proposed("TitleEn")).ToHaveTextAsync(titleEn);
        queue = await review.ApproveAsync();
        await Expect(queue.Flash).ToHaveTextAsync("Decision saved.");
        await Expect(queue.RowFor(marker)).ToHaveCountAsync(0);

        // The researcher finds it on /positions by cluster and research area, and applies; the form says her profile is shared.
        var search = new PositionSearchPage(researcher);
        await search.GotoAsync();
        await search.FilterAsync(new PositionFilter(Cluster: "shenzhen", Area: "nlp"));
        await Expect(search.Card(marker)).ToHaveCountAsync(1);
        await Expect(search.Card(marker).GetByTestId("position-title")).ToHaveTextAsync(titleZh);
        var found = await search.OpenAsync(marker);
        Assert.Equal(position.Id, found.Id);
        await Expect(found.Title).ToHaveTextAsync(titleZh);
        await Expect(found.Cluster).ToHaveTextAsync("深圳");
        var apply = await found.ApplyAsync();
        await Expect(apply.Consent).ToContainTextAsync("将看到您的研究者档案和附言，即使您的档案设为隐藏");
        await Expect(apply.Consent).ToContainTextAsync($"深声智能 {marker}");
        var sent = await apply.SendAsync(note);
        await Expect(sent.Flash).ToHaveTextAsync("申请已提交。发布方现在可以看到您的附言和档案。");
        await Expect(sent.Stage).ToHaveTextAsync("已申请");

        var applications = new MyApplicationsPage(researcher);
        await applications.GotoAsync();
        await Expect(applications.StageOf(marker)).ToHaveTextAsync("已申请");
        await Expect(applications.ConversationLinkOf(marker)).ToHaveCountAsync(0);

        // The founder opens the applicants: her headline shows although her profile is hidden (the application shares it).
        await position.GotoAsync();
        await Expect(position.LiveApplicants).ToHaveTextAsync("1");
        var applicants = await position.OpenApplicantsAsync();
        await Expect(applicants.Applicant("陈思远")).ToHaveCountAsync(1);
        await Expect(applicants.Applicant("陈思远").GetByTestId("headline")).ToHaveTextAsync(headlineEn);
        await Expect(applicants.Applicant("陈思远").GetByTestId("stage")).ToHaveTextAsync("Applied");
        var applicant = await applicants.OpenAsync("陈思远");
        await Expect(applicant.Note).ToHaveTextAsync(note);
        await Expect(applicant.Profile.GetByTestId("headline")).ToHaveTextAsync(headlineEn);
        await Expect(applicant.Profile.GetByTestId("orcid")).ToHaveTextAsync("0000-0002-1825-0097");
        await Expect(applicant.ConversationLink).ToHaveCountAsync(0);

        // Reviewing, then Interview: the conversation opens and he writes first.
        await applicant.MoveToAsync("Reviewing");
        await Expect(applicant.Flash).ToHaveTextAsync("The application was moved.");
        await Expect(applicant.Stage).ToHaveTextAsync("Reviewing");
        await Expect(applicant.ConversationLink).ToHaveCountAsync(0);
        await applicant.MoveToAsync("Interview");
        await Expect(applicant.Flash).ToHaveTextAsync("The application was moved.");
        await Expect(applicant.Stage).ToHaveTextAsync("Interview");
        await Expect(applicant.History.Filter(new LocatorFilterOptions { HasText = "Reviewing" })).ToHaveCountAsync(2);
        var founderConversation = await applicant.OpenConversationAsync();
        await Expect(founderConversation.Subject).ToContainTextAsync(marker);
        await founderConversation.SendAsync(founderMessage);
        await Expect(founderConversation.Messages).ToHaveTextAsync([founderMessage]);

        // The researcher sees "Interview" in Chinese and the notification, opens the conversation, reads and replies.
        await applications.GotoAsync();
        await Expect(applications.StageOf(marker)).ToHaveTextAsync("面试");
        await Expect(applications.UnreadNotifications).ToBeVisibleAsync();
        var notifications = new NotificationsPage(researcher);
        await notifications.GotoAsync();
        var interviewNotice = notifications.Texts.Filter(new LocatorFilterOptions { HasText = "对话已开启" });
        await Expect(interviewNotice).ToHaveCountAsync(1);
        await Expect(interviewNotice).ToContainTextAsync("面试");
        await Expect(interviewNotice).ToContainTextAsync(marker);

        await applications.GotoAsync();
        var researcherConversation = await applications.OpenConversationAsync(marker);
        Assert.Equal(founderConversation.Id, researcherConversation.Id);
        await Expect(researcherConversation.TheirMessages).ToHaveTextAsync([founderMessage]);
        await researcherConversation.SendAsync(reply);
        await Expect(researcherConversation.Messages).ToHaveTextAsync([founderMessage, reply]);

        // The founder reads the reply.
        await founderConversation.GotoAsync();
        await Expect(founderConversation.TheirMessages).ToHaveTextAsync([reply]);

        // Another founder finds a public profile with the same words, never hers, and her page answers 404.
        var control = await Users.RegisterAsync(App, RoleNames.Researcher);
        await TestResearchers.SaveAsync(App, control, TestResearchers.Command($"Public NLP researcher {marker}", "public"));
        var stranger = await OpenAnotherBrowserAsync();
        var strangerRegister = new RegisterPage(stranger);
        await strangerRegister.GotoAsync();
        await strangerRegister.RegisterAsAsync(RoleNames.Founder, "Other Founder", Users.UniqueEmail("talent-stranger"), Users.Password);
        var researchers = new ResearcherSearchPage(stranger);
        await researchers.GotoAsync();
        await researchers.SearchAsync(marker);
        await Expect(researchers.Card(control.Id)).ToHaveCountAsync(1);
        await Expect(researchers.Card(researcherId)).ToHaveCountAsync(0);
        await Expect(researchers.Total).ToHaveAttributeAsync("data-total", "1");
        Assert.Equal(404, await new ResearcherPage(stranger, researcherId).VisitAsync());
        Assert.Equal(200, await new ResearcherPage(stranger, control.Id).VisitAsync());
    });
}
