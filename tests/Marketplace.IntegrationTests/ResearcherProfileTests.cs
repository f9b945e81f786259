using System.Net;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Marketplace.Application.Funds;
using Marketplace.Domain.Common;
using Marketplace.Domain.Positions;
using Marketplace.Domain.Users;
using Marketplace.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.IntegrationTests;

/// <summary>Issue 5, researcher profiles: the form and its checks, the page, search, the dashboard, skill suggestions.</summary>
public abstract class ResearcherProfileTests(MarketplaceApp app)
{
    private Task<bool> HasProfileAsync(Guid id) => app.QueryAsync(db => db.ResearcherProfiles.AnyAsync(p => p.Id == id));

    [Fact]
    public async Task A_researcher_without_a_profile_gets_an_empty_hidden_form_and_the_first_save_creates_the_profile()
    {
        var researcher = await Users.RegisterAsync(app, RoleNames.Researcher);
        var form = await researcher.Client.GetAsync("/researcher/profile");

        Assert.Equal(HttpStatusCode.OK, form.Status);
        Assert.NotNull(form.Document.QuerySelector("[data-testid=not-saved-yet]"));
        Assert.True(form.Document.QuerySelector<IHtmlInputElement>("#visibility-hidden")!.IsChecked);
        Assert.False(await HasProfileAsync(researcher.Id));

        var marker = TestResearchers.Marker();
        var saved = await researcher.Client.PostFormAsync("/researcher/profile", TestResearchers.Form("NLP researcher " + marker).Flatten());

        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        var p = await app.QueryAsync(db => db.ResearcherProfiles.AsNoTracking().SingleAsync(x => x.Id == researcher.Id));
        Assert.Equal("NLP researcher " + marker, p.Headline.En);
        Assert.Equal("institute", p.AffiliationType);
        Assert.Equal(["nlp", "multimodal"], p.ResearchAreas);
        Assert.Equal(["pytorch", "distributed-training"], p.Skills);
        Assert.Equal("0000-0002-1825-0097", p.Orcid);
        var publication = Assert.Single(p.Publications);
        Assert.Equal("10.18653/v1/2024.acl-long.1", publication.Doi);
        Assert.Equal(2024, publication.Year);
        Assert.Equal(["https://example.org/me", "https://github.com/example"], p.Links);
        Assert.Equal(["shenzhen", "montreal"], p.DesiredClusterKeys);
        Assert.True(p.OpenToRelocation);
        Assert.Equal(["full-time", "postdoc"], p.PositionTypes);
        Assert.Equal(new DateOnly(2027, 3, 1), p.AvailableFrom);
        Assert.Equal(7_654_321, p.SalaryExpectationAmount);
        Assert.Equal("public", p.Visibility);
        Assert.True(await app.QueryAsync(db => db.SkillTags.AnyAsync(t => t.Name == "distributed-training")));

        // The form comes back with what was saved, and the owner's page shows the private salary.
        var again = await researcher.Client.GetAsync("/researcher/profile");
        Assert.Null(again.Document.QuerySelector("[data-testid=not-saved-yet]"));
        Assert.Equal("pytorch, distributed-training", again.Document.QuerySelector<IHtmlInputElement>("input[name=Skills]")!.Value);
        var page = await researcher.Client.GetAsync($"/researchers/{researcher.Id}");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("NLP researcher " + marker, page.Text("[data-testid=headline]"));
        Assert.Contains("7,654,321", page.Text("[data-testid=salary]"));
        Assert.Equal("0000-0002-1825-0097", page.Text("[data-testid=orcid]"));
    }

    [Fact]
    public async Task A_bad_orcid_and_a_bad_doi_are_refused_at_their_fields_and_nothing_is_saved()
    {
        var researcher = await Users.RegisterAsync(app, RoleNames.Researcher);
        var form = TestResearchers.Form("Robotics");
        form["Orcid"] = ["0000-0002-1825-0098"]; // last digit is not the check digit
        // Row 0 left blank, so the messages must follow the row they belong to.
        form.Remove("Publications[0].Title");
        form.Remove("Publications[0].Venue");
        form.Remove("Publications[0].Year");
        form.Remove("Publications[0].Doi");
        form["Publications[1].Title"] = ["Grasping in clutter"];
        form["Publications[1].Doi"] = ["11.1234/not-a-doi"];
        form["Publications[2].Title"] = ["A paper with neither"];

        var page = await researcher.Client.PostFormAsync("/researcher/profile", form.Flatten());

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.StartsWith("Enter an ORCID iD like 0000-0002-1825-0097", page.FieldError("Orcid"));
        Assert.StartsWith("Enter a DOI like", page.FieldError("Publications[1].Doi"));
        Assert.Equal("Give the publication's DOI or a web address (at least one).", page.FieldError("Publications[2].Doi"));
        Assert.Null(page.FieldError("Publications[0].Doi"));
        // What was typed comes back.
        Assert.Equal("0000-0002-1825-0098", page.Document.QuerySelector<IHtmlInputElement>("input[name=Orcid]")!.Value);
        Assert.Equal("11.1234/not-a-doi", page.Document.QuerySelector<IHtmlInputElement>("input[name='Publications[1].Doi']")!.Value);
        Assert.False(await HasProfileAsync(researcher.Id));
    }

    [Fact]
    public async Task A_refused_save_offers_the_typed_publications_and_five_empty_rows_however_often_it_is_refused()
    {
        var researcher = await Users.RegisterAsync(app, RoleNames.Researcher);
        await TestResearchers.SaveAsync(app, researcher, TestResearchers.Command("Rows", "hidden"));
        var form = await researcher.Client.GetAsync("/researcher/profile");
        Assert.Equal(6, form.Document.QuerySelectorAll("[data-testid=publication-row]").Length);

        // The browser posts every row, the five empty ones too; they must not come back as extra rows.
        var refused = await researcher.Client.SubmitAsync(form, new Dictionary<string, string> { ["Orcid"] = "0000-0002-1825-0098" }, "[data-testid=profile-form]");
        var again = await researcher.Client.SubmitAsync(refused, new Dictionary<string, string>(), "[data-testid=profile-form]");

        foreach (var page in new[] { refused, again })
        {
            Assert.Equal(HttpStatusCode.BadRequest, page.Status);
            Assert.NotNull(page.FieldError("Orcid"));
            Assert.Equal(6, page.Document.QuerySelectorAll("[data-testid=publication-row]").Length);
            Assert.Equal("A paper", page.Document.QuerySelector<IHtmlInputElement>("input[name='Publications[0].Title']")!.Value);
            Assert.Null(page.Document.QuerySelector("input[name='Publications[6].Title']"));
        }
    }

    [Fact]
    public async Task Field_errors_are_localized_and_the_saved_profile_stays_as_it_was()
    {
        var researcher = await Users.RegisterAsync(app, RoleNames.Researcher);
        await TestResearchers.SaveAsync(app, researcher, TestResearchers.Command("Kept headline", "hidden"));
        var form = await researcher.Client.GetAsync("/researcher/profile?culture=zh-Hans");

        var refused = await researcher.Client.SubmitAsync(form, new Dictionary<string, string>
        {
            ["HeadlineEn"] = "",
            ["HeadlineZh"] = "",
            ["Orcid"] = "1234",
            ["Links"] = "javascript:alert(1)",
            ["YearsExperience"] = "61",
            ["SalaryExpectationAmount"] = "-5",
        });

        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Equal("请至少填写中文或英文其中一种。", refused.FieldError("HeadlineEn"));
        Assert.NotNull(refused.FieldError("Orcid"));
        Assert.Contains("javascript:alert(1)", refused.FieldError("Links"));
        Assert.NotNull(refused.FieldError("YearsExperience"));
        Assert.NotNull(refused.FieldError("SalaryExpectationAmount"));
        Assert.Equal("Kept headline", await app.QueryAsync(db => db.ResearcherProfiles.Where(p => p.Id == researcher.Id).Select(p => p.Headline.En).SingleAsync()));
    }

    [Fact]
    public async Task A_concurrent_edit_is_detected_with_409_and_the_first_save_is_kept()
    {
        var researcher = await Users.RegisterAsync(app, RoleNames.Researcher);
        await TestResearchers.SaveAsync(app, researcher, TestResearchers.Command("Before", "hidden"));
        var first = await researcher.Client.GetAsync("/researcher/profile");
        var second = await researcher.Client.GetAsync("/researcher/profile");

        var saved = await researcher.Client.SubmitAsync(first, new Dictionary<string, string> { ["HeadlineEn"] = "First tab" });
        var conflict = await researcher.Client.SubmitAsync(second, new Dictionary<string, string> { ["HeadlineEn"] = "Second tab" });

        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        Assert.Equal(HttpStatusCode.Conflict, conflict.Status);
        Assert.Contains("Someone else saved this", conflict.Text("[data-testid=form-errors]"));
        Assert.Equal("First tab", await app.QueryAsync(db => db.ResearcherProfiles.Where(p => p.Id == researcher.Id).Select(p => p.Headline.En).SingleAsync()));
    }

    [Fact]
    public async Task Two_first_saves_from_two_tabs_do_not_overwrite_each_other()
    {
        var researcher = await Users.RegisterAsync(app, RoleNames.Researcher);
        var first = await researcher.Client.GetAsync("/researcher/profile");
        var second = await researcher.Client.GetAsync("/researcher/profile");

        var saved = await researcher.Client.SubmitAsync(first, new Dictionary<string, string> { ["HeadlineEn"] = "First tab", ["Visibility"] = "hidden" });
        var conflict = await researcher.Client.SubmitAsync(second, new Dictionary<string, string> { ["HeadlineEn"] = "Second tab", ["Visibility"] = "hidden" });

        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        Assert.Equal(HttpStatusCode.Conflict, conflict.Status);
        Assert.Equal("First tab", await app.QueryAsync(db => db.ResearcherProfiles.Where(p => p.Id == researcher.Id).Select(p => p.Headline.En).SingleAsync()));
    }

    /// <summary>
    /// Both first saves read "no profile yet" before either writes (the race is likeliest when nothing
    /// else runs, so several researchers try it): the one that inserts second must answer as a
    /// concurrent edit, not fail on the primary key (the profile's id is the user's).
    /// </summary>
    [Fact]
    public async Task Two_first_saves_at_the_same_moment_keep_one_profile_and_the_later_one_is_a_conflict()
    {
        for (var attempt = 0; attempt < 4; attempt++)
        {
            var researcher = await Users.RegisterAsync(app, RoleNames.Researcher);
            var first = await researcher.Client.GetAsync("/researcher/profile");
            var second = await researcher.Client.GetAsync("/researcher/profile");

            var saves = await Task.WhenAll(
                researcher.Client.SubmitAsync(first, new Dictionary<string, string> { ["HeadlineEn"] = "First tab", ["Visibility"] = "hidden" }),
                researcher.Client.SubmitAsync(second, new Dictionary<string, string> { ["HeadlineEn"] = "Second tab", ["Visibility"] = "hidden" }));

            Assert.All(saves, s => Assert.Contains(s.Status, new[] { HttpStatusCode.Redirect, HttpStatusCode.Conflict }));
            var saved = Assert.Single(saves, s => s.Status == HttpStatusCode.Redirect);
            var conflict = Assert.Single(saves, s => s.Status == HttpStatusCode.Conflict);
            Assert.Contains("Someone else saved this", conflict.Text("[data-testid=form-errors]"));
            var headlines = await app.QueryAsync(db => db.ResearcherProfiles.Where(p => p.Id == researcher.Id).Select(p => p.Headline.En).ToListAsync());
            Assert.Equal(saved == saves[0] ? "First tab" : "Second tab", Assert.Single(headlines));
        }
    }

    [Fact]
    public async Task Only_researchers_edit_a_profile()
    {
        using var anonymous = app.NewClient();
        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.GetAsync("/researcher/profile")).Status);
        var founder = await Users.RegisterAsync(app);
        Assert.Equal(HttpStatusCode.Forbidden, (await founder.Client.GetAsync("/researcher/profile")).Status);
        var token = await founder.Client.TokenAsync();
        var posted = await founder.Client.PostAsync("/researcher/profile", TestResearchers.Form("Not a researcher").Flatten()
            .Append(new("__RequestVerificationToken", token)));
        Assert.Equal(HttpStatusCode.Forbidden, posted.Status);
        Assert.False(await HasProfileAsync(founder.Id));
    }

    /// <summary>
    /// One public, one verified-organisations and one hidden profile, all wanting a cluster made for
    /// this test, seen by every kind of viewer in the list, on the page and in the cluster's count.
    /// </summary>
    [Fact]
    public async Task Visibility_holds_in_the_search_on_the_page_and_in_the_cluster_count_for_every_viewer()
    {
        var clusterKey = "talent-" + ImportFiles.Unique();
        var imported = await app.ImportAsync(ImportFiles.File(clusters: [ImportFiles.Cluster(clusterKey)]));
        Assert.Empty(imported.Errors);
        var marker = TestResearchers.Marker();
        var publicOne = await Users.RegisterAsync(app, RoleNames.Researcher);
        var verifiedOnly = await Users.RegisterAsync(app, RoleNames.Researcher);
        var hidden = await Users.RegisterAsync(app, RoleNames.Researcher);
        await TestResearchers.SaveAsync(app, publicOne, TestResearchers.Command($"Public {marker}", "public", clusters: [clusterKey]));
        await TestResearchers.SaveAsync(app, verifiedOnly, TestResearchers.Command($"Verified {marker}", "verified-organisations", clusters: [clusterKey]));
        await TestResearchers.SaveAsync(app, hidden, TestResearchers.Command($"Hidden {marker}", "hidden", clusters: [clusterKey]));

        var admin = await Users.AdminAsync(app);
        var founder = await Users.RegisterAsync(app);
        await TestStartups.CreateAsync(app, founder);
        var verifiedFounder = await Users.RegisterAsync(app);
        var verifiedStartup = await TestStartups.CreateAsync(app, verifiedFounder);
        var verify = await admin.Client.SubmitAsync($"/startups/{verifiedStartup}", new Dictionary<string, string>(), "[data-testid=verify-form]");
        Assert.Equal(HttpStatusCode.Redirect, verify.Status);
        var manager = await Users.RegisterAsync(app, RoleNames.FundManager);
        await TestFunds.CreateAsync(app, manager);
        var verifiedManager = await Users.RegisterAsync(app, RoleNames.FundManager);
        var verifiedFund = await TestFunds.CreateAsync(app, verifiedManager);
        await app.SendAsync(new SetFundVerified.Command(verifiedFund, true));
        var otherResearcher = await Users.RegisterAsync(app, RoleNames.Researcher);
        using var anonymous = app.NewClient();

        var all = new[] { publicOne.Id, verifiedOnly.Id, hidden.Id };
        async Task Sees(Infrastructure.WebClient client, string who, params Guid[] visible)
        {
            var list = await client.GetAsync($"/researchers?q={marker}");
            Assert.Equal(HttpStatusCode.OK, list.Status);
            var listed = list.Document.QuerySelectorAll("[data-testid=researcher]").Select(e => Guid.Parse(e.GetAttribute("data-researcher")!)).ToHashSet();
            Assert.True(visible.ToHashSet().SetEquals(listed), $"{who} listed {listed.Count}, expected {visible.Length}");
            Assert.DoesNotContain("7,654,321", list.Html);
            foreach (var id in all)
            {
                var page = await client.GetAsync($"/researchers/{id}");
                Assert.True((visible.Contains(id) ? HttpStatusCode.OK : HttpStatusCode.NotFound) == page.Status, $"{who} got {page.Status} for a profile");
                if (page.Status == HttpStatusCode.OK && who != "admin")
                    Assert.DoesNotContain("7,654,321", page.Html);
                if (page.Status == HttpStatusCode.OK && who == "admin")
                    Assert.Contains("7,654,321", page.Text("[data-testid=salary]"));
            }
        }

        await Sees(founder.Client, "founder", publicOne.Id);
        await Sees(verifiedFounder.Client, "founder of a verified startup", publicOne.Id, verifiedOnly.Id);
        await Sees(manager.Client, "fund manager", publicOne.Id);
        await Sees(verifiedManager.Client, "manager of a verified fund", publicOne.Id, verifiedOnly.Id);
        await Sees(admin.Client, "admin", publicOne.Id, verifiedOnly.Id, hidden.Id);

        // Researchers (the owner among them) and strangers cannot search; pages answer as for nothing there.
        Assert.Equal(HttpStatusCode.Forbidden, (await otherResearcher.Client.GetAsync("/researchers")).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await hidden.Client.GetAsync("/researchers")).Status);
        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.GetAsync("/researchers")).Status);
        foreach (var id in all)
        {
            Assert.Equal(HttpStatusCode.NotFound, (await otherResearcher.Client.GetAsync($"/researchers/{id}")).Status);
            Assert.Equal(HttpStatusCode.Redirect, (await anonymous.GetAsync($"/researchers/{id}")).Status);
        }
        Assert.Equal(HttpStatusCode.NotFound, (await founder.Client.GetAsync($"/researchers/{Guid.NewGuid()}")).Status);
        var own = await hidden.Client.GetAsync($"/researchers/{hidden.Id}");
        Assert.Equal(HttpStatusCode.OK, own.Status);
        Assert.Equal("hidden", own.Document.QuerySelector("[data-testid=visibility]")!.GetAttribute("data-code"));

        // The cluster page counts the two profiles that are not hidden, for anyone.
        var cluster = await anonymous.GetAsync($"/clusters/{clusterKey}");
        Assert.Equal("2", cluster.Document.QuerySelector("[data-testid=cluster-talent]")!.GetAttribute("data-count"));
        Assert.Null(cluster.Document.QuerySelector("[data-testid=cluster-researchers]"));
        var forFounder = await founder.Client.GetAsync($"/clusters/{clusterKey}");
        Assert.Equal($"/researchers?cluster={clusterKey}", forFounder.Document.QuerySelector("[data-testid=cluster-researchers]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task The_profile_of_a_suspended_account_is_listed_shown_and_counted_for_administrators_only()
    {
        var clusterKey = "suspended-" + ImportFiles.Unique();
        Assert.Empty((await app.ImportAsync(ImportFiles.File(clusters: [ImportFiles.Cluster(clusterKey)]))).Errors);
        var marker = TestResearchers.Marker();
        var active = await Users.RegisterAsync(app, RoleNames.Researcher);
        var suspended = await Users.RegisterAsync(app, RoleNames.Researcher);
        await TestResearchers.SaveAsync(app, active, TestResearchers.Command($"Active {marker}", "public", clusters: [clusterKey]));
        await TestResearchers.SaveAsync(app, suspended, TestResearchers.Command($"Suspended {marker}", "public", clusters: [clusterKey]));
        var founder = await Users.RegisterAsync(app);
        var manager = await Users.RegisterAsync(app, RoleNames.FundManager);
        var admin = await Users.AdminAsync(app);
        using var anonymous = app.NewClient();
        Assert.Equal("2", (await anonymous.GetAsync($"/clusters/{clusterKey}")).Document.QuerySelector("[data-testid=cluster-talent]")!.GetAttribute("data-count"));

        await app.QueryAsync(db => db.UserProfiles.Where(p => p.Id == suspended.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.Status, AccountStatus.Suspended)));

        foreach (var viewer in new[] { founder, manager })
        {
            var list = await viewer.Client.GetAsync($"/researchers?q={marker}");
            Assert.Equal([active.Id], list.Document.QuerySelectorAll("[data-testid=researcher]").Select(e => Guid.Parse(e.GetAttribute("data-researcher")!)));
            Assert.Equal("1", list.Document.QuerySelector("[data-testid=total]")!.GetAttribute("data-total"));
            Assert.Equal([active.Id], (await viewer.Client.GetAsync($"/researchers?cluster={clusterKey}")).Document
                .QuerySelectorAll("[data-testid=researcher]").Select(e => Guid.Parse(e.GetAttribute("data-researcher")!)));
            Assert.Equal(HttpStatusCode.NotFound, (await viewer.Client.GetAsync($"/researchers/{suspended.Id}")).Status);
            Assert.Equal(HttpStatusCode.OK, (await viewer.Client.GetAsync($"/researchers/{active.Id}")).Status);
        }
        Assert.Equal("1", (await anonymous.GetAsync($"/clusters/{clusterKey}")).Document.QuerySelector("[data-testid=cluster-talent]")!.GetAttribute("data-count"));

        // Administrators still find it, to review the account.
        var adminList = await admin.Client.GetAsync($"/researchers?q={marker}");
        Assert.Equal("2", adminList.Document.QuerySelector("[data-testid=total]")!.GetAttribute("data-total"));
        var adminPage = await admin.Client.GetAsync($"/researchers/{suspended.Id}");
        Assert.Equal(HttpStatusCode.OK, adminPage.Status);
        Assert.Equal($"Suspended {marker}", adminPage.Text("[data-testid=headline]"));
        Assert.Equal("Account suspended", adminPage.Text("[data-testid=account-suspended]"));
        Assert.Equal("账户已停用", (await admin.Client.GetAsync($"/researchers/{suspended.Id}?culture=zh-Hans")).Text("[data-testid=account-suspended]"));
        Assert.Null((await admin.Client.GetAsync($"/researchers/{active.Id}")).Document.QuerySelector("[data-testid=account-suspended]"));

        // Lifting the suspension brings the profile back.
        await app.QueryAsync(db => db.UserProfiles.Where(p => p.Id == suspended.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.Status, AccountStatus.Active)));
        Assert.Equal(HttpStatusCode.OK, (await founder.Client.GetAsync($"/researchers/{suspended.Id}")).Status);
        Assert.Null((await admin.Client.GetAsync($"/researchers/{suspended.Id}")).Document.QuerySelector("[data-testid=account-suspended]"));
        Assert.Equal("2", (await anonymous.GetAsync($"/clusters/{clusterKey}")).Document.QuerySelector("[data-testid=cluster-talent]")!.GetAttribute("data-count"));
    }

    [Fact]
    public async Task The_public_profile_speaks_of_the_researcher_to_others_and_to_the_owner_as_you()
    {
        var marker = TestResearchers.Marker();
        var researcher = await Users.RegisterAsync(app, RoleNames.Researcher);
        await TestResearchers.SaveAsync(app, researcher, TestResearchers.Command($"Owner {marker}", "hidden", clusters: ["shenzhen"]));
        var admin = await Users.AdminAsync(app);

        var own = await researcher.Client.GetAsync($"/researchers/{researcher.Id}");
        Assert.Contains("Clusters you would like to work in", own.Text("[data-testid=facts]"));
        Assert.Contains("Nobody but you", own.Document.QuerySelector("[data-testid=visibility]")!.GetAttribute("title"));

        var read = await admin.Client.GetAsync($"/researchers/{researcher.Id}");
        var facts = read.Text("[data-testid=facts]")!;
        Assert.Contains("Would like to work in", facts);
        Assert.DoesNotContain("you", facts, StringComparison.OrdinalIgnoreCase);
        var help = read.Document.QuerySelector("[data-testid=visibility]")!.GetAttribute("title")!;
        Assert.Equal("Only the researcher and the administrators see it; it appears in no search or count.", help);
        Assert.Equal("只有研究人员本人和管理员能看到；不出现在任何搜索或统计中。",
            (await admin.Client.GetAsync($"/researchers/{researcher.Id}?culture=zh-Hans")).Document.QuerySelector("[data-testid=visibility]")!.GetAttribute("title"));

        await TestResearchers.SaveAsync(app, researcher, TestResearchers.Command($"Owner {marker}", "public", clusters: ["shenzhen"],
            version: await app.QueryAsync(db => db.ResearcherProfiles.Where(p => p.Id == researcher.Id).Select(p => p.Version).SingleAsync())));
        var founder = await Users.RegisterAsync(app);
        var seen = await founder.Client.GetAsync($"/researchers/{researcher.Id}");
        Assert.Contains("Would like to work in", seen.Text("[data-testid=facts]"));
        Assert.DoesNotContain("you", seen.Text("[data-testid=facts]")!, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_search_buttons_say_what_they_show_and_the_count_is_singular_for_one()
    {
        var marker = TestResearchers.Marker();
        var researcher = await Users.RegisterAsync(app, RoleNames.Researcher);
        await TestResearchers.SaveAsync(app, researcher, TestResearchers.Command($"Counted {marker}", "public", degree: null));
        var founder = await Users.RegisterAsync(app);

        var researchers = await founder.Client.GetAsync($"/researchers?q={marker}");
        Assert.Equal("Show researchers", researchers.Text("form[data-testid=researcher-filters] button[type=submit]"));
        Assert.Equal("1 researcher", researchers.Text("[data-testid=total]"));
        Assert.Equal("显示研究人员", (await founder.Client.GetAsync($"/researchers?q={marker}&culture=zh-Hans")).Text("form[data-testid=researcher-filters] button[type=submit]"));
        // No degree: the facts line joins what is there, with no separator left over.
        var subtitle = researchers.Text($"[data-testid=researcher][data-researcher='{researcher.Id}'] .card-subtitle")!;
        Assert.DoesNotMatch(@"^\s*·|·\s*$|·\s*·", subtitle);
        Assert.Contains("5 years' experience", subtitle);

        var positions = await founder.Client.GetAsync("/positions?culture=en");
        Assert.Equal("Show positions", positions.Text("form[data-testid=position-filters] button[type=submit]"));
        Assert.Equal("显示职位", (await founder.Client.GetAsync("/positions?culture=zh-Hans")).Text("form[data-testid=position-filters] button[type=submit]"));
        Assert.Equal("Show projects", (await founder.Client.GetAsync("/projects?culture=en")).Text("form[data-testid=project-filters] button[type=submit]"));
        Assert.Equal("Show funds", (await founder.Client.GetAsync("/funds?culture=en")).Text("form[data-testid=fund-filters] button[type=submit]"));
    }

    [Fact]
    public async Task A_profile_made_hidden_disappears_from_the_search_and_its_page()
    {
        var marker = TestResearchers.Marker();
        var researcher = await Users.RegisterAsync(app, RoleNames.Researcher);
        await TestResearchers.SaveAsync(app, researcher, TestResearchers.Command($"Soon hidden {marker}", "public"));
        var founder = await Users.RegisterAsync(app);
        Assert.Equal("1", (await founder.Client.GetAsync($"/researchers?q={marker}")).Document.QuerySelector("[data-testid=total]")!.GetAttribute("data-total"));

        var form = await researcher.Client.GetAsync("/researcher/profile");
        var saved = await researcher.Client.SubmitAsync(form, new Dictionary<string, string> { ["Visibility"] = "hidden" });
        Assert.Equal(HttpStatusCode.Redirect, saved.Status);

        Assert.Equal("0", (await founder.Client.GetAsync($"/researchers?q={marker}")).Document.QuerySelector("[data-testid=total]")!.GetAttribute("data-total"));
        Assert.Equal(HttpStatusCode.NotFound, (await founder.Client.GetAsync($"/researchers/{researcher.Id}")).Status);
    }

    [Fact]
    public async Task The_search_filters_by_area_skill_cluster_degree_relocation_type_and_chinese_text()
    {
        var marker = TestResearchers.Marker();
        var skill = "skill-" + marker;
        var a = await Users.RegisterAsync(app, RoleNames.Researcher);
        var b = await Users.RegisterAsync(app, RoleNames.Researcher);
        await TestResearchers.SaveAsync(app, a, TestResearchers.Command("Vision A", "public", clusters: ["shenzhen"], areas: ["computer-vision"],
            skills: $"{skill}, cuda", degree: "phd", relocation: true, types: ["postdoc"], summaryZh: $"机器人视觉 {marker}"));
        await TestResearchers.SaveAsync(app, b, TestResearchers.Command("Speech B", "public", clusters: ["london"], areas: ["speech"],
            skills: skill, degree: "master", relocation: false, types: ["full-time"], summaryZh: $"语音识别 {marker}"));
        var founder = await Users.RegisterAsync(app);

        async Task<IReadOnlyList<Guid>> Found(string filters)
        {
            var page = await founder.Client.GetAsync($"/researchers?skill={skill}&{filters}");
            Assert.Equal(HttpStatusCode.OK, page.Status);
            return page.Document.QuerySelectorAll("[data-testid=researcher]").Select(e => Guid.Parse(e.GetAttribute("data-researcher")!)).ToList();
        }

        Assert.Equal(2, (await Found("")).Count);
        Assert.Equal([a.Id], await Found("area=computer-vision"));
        Assert.Equal([b.Id], await Found("cluster=london"));
        Assert.Equal([a.Id], await Found("degree=phd"));
        Assert.Equal(2, (await Found("degree=master")).Count);
        Assert.Equal([a.Id], await Found("relocation=true"));
        Assert.Equal([b.Id], await Found("type=full-time"));
        Assert.Equal([b.Id], await Found("q=" + Uri.EscapeDataString("语音识别")));
        Assert.Equal([a.Id], await Found("q=" + Uri.EscapeDataString("VISION a")));

        var refused = await founder.Client.GetAsync("/researchers?degree=wizard&area=alchemy");
        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.NotNull(refused.FieldError("Degree"));
        Assert.NotNull(refused.FieldError("Area"));
        Assert.NotNull(refused.Document.QuerySelector("[data-testid=refused]"));
    }

    [Fact]
    public async Task Skill_suggestions_list_known_tags_to_signed_in_users_only()
    {
        var marker = TestResearchers.Marker();
        var researcher = await Users.RegisterAsync(app, RoleNames.Researcher);
        await TestResearchers.SaveAsync(app, researcher, TestResearchers.Command("Tags", "hidden", skills: $"{marker}-jax, {marker}-triton"));
        var founder = await Users.RegisterAsync(app);

        var response = await founder.Client.Http.GetAsync($"/skills/suggest?q={marker.ToUpperInvariant()}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var tags = JsonSerializer.Deserialize<List<string>>(await response.Content.ReadAsStringAsync());
        Assert.Equal([$"{marker}-jax", $"{marker}-triton"], tags);

        var contained = JsonSerializer.Deserialize<List<string>>(await researcher.Client.Http.GetStringAsync($"/skills/suggest?q={marker[3..]}-tri"));
        Assert.Equal([$"{marker}-triton"], contained);

        using var anonymous = app.NewClient();
        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.Http.GetAsync($"/skills/suggest?q={marker}")).StatusCode);
    }

    [Fact]
    public async Task The_researcher_dashboard_shows_completeness_that_grows_and_the_latest_applications()
    {
        var researcher = await Users.RegisterAsync(app, RoleNames.Researcher);
        var empty = await researcher.Client.GetAsync("/dashboard");
        Assert.Equal(HttpStatusCode.OK, empty.Status);
        Assert.Equal("0", empty.Document.QuerySelector("[data-testid=completeness]")!.GetAttribute("data-percent"));
        Assert.Equal(12, empty.Document.QuerySelectorAll("[data-testid=missing] li").Length);
        Assert.NotNull(empty.Document.QuerySelector("[data-testid=no-applications]"));

        var form = TestResearchers.Form("Half done", "hidden");
        foreach (var field in new[] { "SummaryEn", "SummaryZh", "Orcid", "AvailableFrom", "Publications[0].Title", "Publications[0].Venue", "Publications[0].Year", "Publications[0].Doi" })
            form.Remove(field);
        Assert.Equal(HttpStatusCode.Redirect, (await researcher.Client.PostFormAsync("/researcher/profile", form.Flatten())).Status);

        var partly = await researcher.Client.GetAsync("/dashboard");
        Assert.Equal("66", partly.Document.QuerySelector("[data-testid=completeness]")!.GetAttribute("data-percent"));
        Assert.Equal(["summary", "publications", "orcid", "availability"],
            partly.Document.QuerySelectorAll("[data-testid=missing] li").Select(li => li.GetAttribute("data-code")!).ToList());

        // An application (made here directly: applying is another page's work) shows with its stage and link.
        var founder = await Users.RegisterAsync(app);
        var startup = await Founders.StartupAsync(app, founder.Id);
        var applicationId = await app.QueryAsync(async db =>
        {
            var position = new Position(startup, null, new LocalizedText("NLP engineer", "自然语言处理工程师"), "full-time") { CreatedById = founder.Id };
            db.Positions.Add(position);
            var application = new PositionApplication(position.Id, researcher.Id, "Hello") { Stage = ApplicationStage.Interview };
            db.PositionApplications.Add(application);
            await db.SaveChangesAsync();
            return application.Id;
        });
        var withApplication = await researcher.Client.GetAsync("/dashboard?culture=zh-Hans");
        var item = withApplication.Document.QuerySelector($"[data-application='{applicationId}']")!;
        Assert.Equal($"/researcher/applications/{applicationId}", item.QuerySelector("[data-testid=application-link]")!.GetAttribute("href"));
        Assert.Equal("自然语言处理工程师", item.QuerySelector("[data-testid=application-link]")!.TextContent.Trim());
        Assert.Equal("面试", item.QuerySelector("[data-testid=stage]")!.TextContent.Trim());

        // A founder's dashboard is still the founder's.
        var founders = await founder.Client.GetAsync("/dashboard");
        Assert.Equal(HttpStatusCode.OK, founders.Status);
        Assert.Null(founders.Document.QuerySelector("[data-testid=completeness]"));
    }

    [Fact]
    public async Task Only_administrators_verify_a_startup_and_the_page_shows_the_badge()
    {
        var founder = await Users.RegisterAsync(app);
        var startup = await TestStartups.CreateAsync(app, founder);
        var ownerPage = await founder.Client.GetAsync($"/startups/{startup}");
        Assert.Null(ownerPage.Document.QuerySelector("[data-testid=verify-form]"));
        Assert.Null(ownerPage.Document.QuerySelector("[data-testid=verified-badge]"));

        var token = await founder.Client.TokenAsync($"/startups/{startup}");
        var refused = await founder.Client.PostAsync($"/admin/startups/{startup}/verify", [new("verified", "true"), new("__RequestVerificationToken", token)]);
        Assert.Equal(HttpStatusCode.Forbidden, refused.Status);
        Assert.False(await app.QueryAsync(db => db.Startups.Where(s => s.Id == startup).Select(s => s.IsVerified).SingleAsync()));

        var admin = await Users.AdminAsync(app);
        var verified = await admin.Client.SubmitAsync($"/startups/{startup}", new Dictionary<string, string>(), "[data-testid=verify-form]");
        Assert.Equal(HttpStatusCode.Redirect, verified.Status);
        Assert.True(await app.QueryAsync(db => db.Startups.Where(s => s.Id == startup).Select(s => s.IsVerified).SingleAsync()));
        Assert.NotNull((await founder.Client.GetAsync($"/startups/{startup}")).Document.QuerySelector("[data-testid=verified-badge]"));
        Assert.True(await app.QueryAsync(db => db.AuditEntries.AnyAsync(e => e.EntityId == startup.ToString() && e.UseCase == "SetStartupVerified")));

        var unverified = await admin.Client.SubmitAsync($"/startups/{startup}", new Dictionary<string, string>(), "[data-testid=verify-form]");
        Assert.Equal(HttpStatusCode.Redirect, unverified.Status);
        Assert.False(await app.QueryAsync(db => db.Startups.Where(s => s.Id == startup).Select(s => s.IsVerified).SingleAsync()));
    }

    [Fact]
    public async Task The_navigation_offers_researchers_their_profile_and_others_the_search()
    {
        var researcher = await Users.RegisterAsync(app, RoleNames.Researcher);
        var home = await researcher.Client.GetAsync("/");
        Assert.NotNull(home.Document.QuerySelector("[data-testid=nav-researcher-profile]"));
        Assert.Null(home.Document.QuerySelector("[data-testid=nav-researchers]"));
        var manager = await Users.RegisterAsync(app, RoleNames.FundManager);
        var managerHome = await manager.Client.GetAsync("/?culture=zh-Hans");
        Assert.Equal("研究人员", managerHome.Text("[data-testid=nav-researchers]"));
        Assert.Null(managerHome.Document.QuerySelector("[data-testid=nav-researcher-profile]"));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ResearcherProfileTestsOnSqlite(SqliteApp app) : ResearcherProfileTests(app);

[Collection(PostgresCollection.Name)]
public sealed class ResearcherProfileTestsOnPostgreSql(PostgresApp app) : ResearcherProfileTests(app);
