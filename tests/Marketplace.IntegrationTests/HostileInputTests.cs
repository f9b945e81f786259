using System.Diagnostics;
using System.Net;
using AngleSharp.Dom;
using Marketplace.Application.Funds.Applications;
using Marketplace.Application.Funds.Pipeline;
using Marketplace.Application.Import;
using Marketplace.Application.Matching;
using Marketplace.Application.Positions.Applications;
using Marketplace.Application.Projects;
using Marketplace.Domain.Common;
using Marketplace.Domain.Matching;
using Marketplace.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;
using WebClient = Marketplace.IntegrationTests.Infrastructure.WebClient;

namespace Marketplace.IntegrationTests;

/// <summary>
/// What a hostile-input run and a web scanner do: every field of every POST form a founder, a fund manager
/// and a researcher reach, hidden ones included, gets markup, SQL, a huge string, control and right-to-left
/// characters and values of the wrong type, the other fields as the page filled them and the anti-forgery
/// token valid. No answer may be a 5xx, echo markup unescaped, or redirect off the site. Then one test per
/// defect found that way, each failing before its fix.
/// </summary>
public abstract class HostileInputTests(MarketplaceApp app, ITestOutputHelper output)
{
    private const string Password = "a passphrase for hostile input tests";

    private const string Script = "<script>alert(1)</script>";
    private const string Image = "\"><img src=x onerror=alert(1)>";

    private static readonly string Huge = string.Concat(Enumerable.Repeat("<b>x</b>'\"", 10_000));

    /// <summary>Values every field may get, besides the three it always gets (markup, huge, its wrong type).</summary>
    private static readonly string[] Others =
    [
        Image,
        "' OR 1=1 --",
        "a\u0000b\u0007c",
        "\u202Egnp.exe \u0645\u0631\u062D\u0628\u0627 \u0628\u0627\u0644\u0639\u0627\u0644\u0645",
        "abc",
        "maybe",
        "31/31/31",
        "not-a-guid",
    ];

    /// <summary>The wrong type for each kind of field; text fields get control characters.</summary>
    private static string WrongType(FieldKind kind) => kind switch
    {
        FieldKind.Number => "abc",
        FieldKind.Boolean => "maybe",
        FieldKind.Date => "31/31/31",
        FieldKind.Guid => "not-a-guid",
        FieldKind.LocalUrl => "/x\u202E",
        _ => "\u0000\u0007",
    };

    /// <summary>
    /// Markup, the huge string and the wrong type always, and one more of <see cref="Others"/> in turn (each of them
    /// reaches dozens of fields); a return address also gets the ways out of the site a scanner tries.
    /// </summary>
    private static IEnumerable<string> ValuesFor(FormField field, int index)
    {
        yield return Script;
        yield return Huge;
        yield return WrongType(field.Kind);
        yield return Others[index % Others.Length];
        if (field.Kind == FieldKind.LocalUrl)
        {
            yield return "/projects\u00BF'\"(";
            yield return "//evil.example";
            yield return "/\\evil.example";
            yield return "http://evil.example/";
        }
    }

    private sealed record Market(
        string Key, Guid FundId, Guid ProjectId, Guid PositionId, Guid FundPositionId, Guid ResearcherId,
        WebClient Founder, WebClient Manager, WebClient Researcher, Guid FounderId, Guid ManagerId);

    /// <summary>
    /// A founder with a startup, three published projects and a position; a fund manager with a fund, its mandate
    /// and a position; a researcher with a public profile; and what happens between them, so that their pages show
    /// every form: an application, an accepted intro (a conversation), a pending intro, a deal in the pipeline, a
    /// request for the confidential part, an applicant, notifications and recommendations.
    /// </summary>
    private async Task<Market> MarketAsync()
    {
        var k = ImportFiles.Unique();
        var emails = new Dictionary<string, string>
        {
            [$"f-{k}"] = Users.UniqueEmail("hostile-founder"),
            [$"m-{k}"] = Users.UniqueEmail("hostile-manager"),
            [$"r-{k}"] = Users.UniqueEmail("hostile-researcher"),
        };
        var result = await app.ImportAsync(ImportFiles.File(
            users:
            [
                ImportFiles.User($"f-{k}", emails[$"f-{k}"]),
                ImportFiles.User($"m-{k}", emails[$"m-{k}"], "fund-manager"),
                ImportFiles.User($"r-{k}", emails[$"r-{k}"], "researcher"),
            ],
            startups: [ImportFiles.Startup($"s-{k}", [$"f-{k}"], cluster: "beijing", sectors: ["healthcare"])],
            projects:
            [
                ImportFiles.Project($"p-{k}", $"s-{k}", amount: 20_000_000),
                ImportFiles.Project($"p2-{k}", $"s-{k}", amount: 20_000_000, titleEn: "Second round"),
                ImportFiles.Project($"p3-{k}", $"s-{k}", amount: 20_000_000, titleEn: "Third round"),
            ],
            funds: [ImportFiles.Fund($"fund-{k}", [$"m-{k}"])],
            researchers: [ImportFiles.Researcher($"rp-{k}", $"r-{k}", desiredClusters: ["beijing"], researchAreas: ["robotics"])],
            positions:
            [
                ImportFiles.Position($"pos-{k}", startup: $"s-{k}", cluster: "beijing"),
                ImportFiles.Position($"fpos-{k}", fund: $"fund-{k}", cluster: "beijing"),
            ]),
            new ImportOptions(PasswordForAll: Password));
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.ToString())));

        var ids = await app.QueryAsync(async db => new
        {
            Fund = await db.Funds.Where(f => f.ImportKey == $"fund-{k}").Select(f => f.Id).SingleAsync(),
            Project = await db.Projects.Where(p => p.ImportKey == $"p-{k}").Select(p => p.Id).SingleAsync(),
            Project2 = await db.Projects.Where(p => p.ImportKey == $"p2-{k}").Select(p => p.Id).SingleAsync(),
            Project3 = await db.Projects.Where(p => p.ImportKey == $"p3-{k}").Select(p => p.Id).SingleAsync(),
            Position = await db.Positions.Where(p => p.ImportKey == $"pos-{k}").Select(p => p.Id).SingleAsync(),
            FundPosition = await db.Positions.Where(p => p.ImportKey == $"fpos-{k}").Select(p => p.Id).SingleAsync(),
            Founder = await db.UserProfiles.Where(u => u.ImportKey == $"f-{k}").Select(u => u.Id).SingleAsync(),
            Manager = await db.UserProfiles.Where(u => u.ImportKey == $"m-{k}").Select(u => u.Id).SingleAsync(),
            Researcher = await db.UserProfiles.Where(u => u.ImportKey == $"r-{k}").Select(u => u.Id).SingleAsync(),
        });
        var founder = MarketplaceApp.Principal(ids.Founder, RoleNames.Founder);
        var manager = MarketplaceApp.Principal(ids.Manager, RoleNames.FundManager);
        var researcher = MarketplaceApp.Principal(ids.Researcher, RoleNames.Researcher);

        await app.SendAsync(new ApplyToFund.Command(ids.Fund, ids.Project, "We build models for clinics."), founder);
        var accepted = await app.SendAsync(new RequestIntro.Command(ids.Project2, ids.Fund, "We would like to meet."), manager);
        var acceptedVersion = await app.QueryAsync(db => db.IntroRequests.Where(r => r.Id == accepted).Select(r => r.Version).SingleAsync());
        await app.SendAsync(new DecideIntro.Command(accepted, true, acceptedVersion), founder);
        await app.SendAsync(new RequestIntro.Command(ids.Project3, ids.Fund, "And about this round too."), manager);
        await app.SendAsync(new AddToPipeline.Command(ids.Project, ids.Fund), manager);
        await app.SendAsync(new RequestConfidentialAccess.Command(ids.Project, ids.Fund, "May we read the figures?"), manager);
        await app.SendAsync(new ApplyToPosition.Command(ids.Position, "I have built manipulation policies for five years and would like to join."), researcher);
        while (await app.SendAsync(new ProcessRecomputeRequests.Command()) > 0)
        {
        }

        async Task<WebClient> SignInAsync(string key)
        {
            var client = app.NewClient();
            Assert.Equal(HttpStatusCode.Redirect, (await Users.SignInAsync(client, emails[key], Password)).Status);
            return client;
        }
        return new Market(k, ids.Fund, ids.Project, ids.Position, ids.FundPosition, ids.Researcher,
            await SignInAsync($"f-{k}"), await SignInAsync($"m-{k}"), await SignInAsync($"r-{k}"), ids.Founder, ids.Manager);
    }

    [Fact]
    public async Task Every_form_a_founder_a_fund_manager_and_a_researcher_reach_answers_hostile_values_without_5xx_or_unescaped_markup()
    {
        var market = await MarketAsync();
        var clock = Stopwatch.StartNew();
        var roles = new (string Role, WebClient Client, string[] Start)[]
        {
            ("founder", market.Founder, ["/dashboard", $"/projects/{market.ProjectId}", $"/positions/{market.PositionId}", "/applications", "/"]),
            ("fund manager", market.Manager, ["/dashboard", $"/funds/{market.FundId}", $"/funds/{market.FundId}/mandate", $"/funds/{market.FundId}/inbox",
                $"/funds/{market.FundId}/pipeline", $"/projects/{market.ProjectId}", $"/positions/{market.FundPositionId}", "/"]),
            ("researcher", market.Researcher, ["/dashboard", "/researcher/profile", "/researcher/applications", $"/positions/{market.FundPositionId}", "/"]),
        };

        var failures = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var fuzzed = new HashSet<string>(StringComparer.Ordinal);
        var actions = new HashSet<string>(StringComparer.Ordinal);
        var (posts, fields) = (0, 0);
        foreach (var (role, client, start) in roles)
        {
            var forms = await FormCrawler.CrawlAsync(client, start);
            output.WriteLine($"{role}: {forms.Count} forms, crawled by {clock.Elapsed.TotalSeconds:0.0} s");
            // A form two roles reach (the profile, a position's) is the same code: once is enough. Larger forms
            // first: the small ones (close, withdraw) may end what the large ones edit.
            foreach (var form in forms.Where(f => fuzzed.Add(f.Signature)).OrderByDescending(f => f.Fields.Count))
            {
                actions.Add(FormCrawler.Pattern(form.Action));
                output.WriteLine($"  {form.Action} (on {form.Page}): {string.Join(", ", form.Fields.Select(f => $"{f.Name}:{f.Kind}"))}");
                var current = form;
                foreach (var (field, index) in form.Fields.Select((f, i) => (f, i + fields)))
                {
                    foreach (var value in ValuesFor(field, index))
                    {
                        posts++;
                        var answer = await PostAsync(client, current, current.With(field.Name, value));
                        var problem = Problem(answer);
                        if (problem is null && answer.Status is HttpStatusCode.Redirect or HttpStatusCode.SeeOther
                            && answer.Location is { } location && !location.IsAbsoluteUri)
                        {
                            // Accepted: what was saved shows on the next page, escaped.
                            problem = Problem(await Answer.ReadAsync(await client.Http.GetAsync(location.OriginalString)));
                            current = await RefreshAsync(client, current);
                        }
                        if (problem is not null)
                        {
                            var key = $"{role}: POST {form.Action} {field.Name}";
                            (failures.TryGetValue(key, out var list) ? list : failures[key] = []).Add($"{Describe(value)} {problem}");
                        }
                    }
                }
                fields += form.Fields.Count;
            }
        }
        output.WriteLine($"{fuzzed.Count} forms, {fields} fields, {posts} posts in {clock.Elapsed.TotalSeconds:0.0} s");

        Assert.True(failures.Count == 0, string.Join("\n", failures.Select(f => $"{f.Key}: {string.Join("; ", f.Value)}")));
        // The crawl reached the forms of all three roles, the ones of the defects found before among them.
        foreach (var expected in new[]
        {
            "/culture", "/account/profile", "/account/profile/recommendations", "/positions/{id}/edit", "/funds/{id}/mandate",
            "/projects/{id}/edit", "/startups/{id}/edit", "/researcher/profile", "/funds/{id}/deals/{id}/notes",
            "/recommendations/fund/{id}/dismiss", "/recommendations/researcher/{id}/dismiss", "/conversations/{id}",
        })
            Assert.Contains(expected, actions);
    }

    /// <summary>Why an answer is wrong, or null.</summary>
    /// <summary>An answer as the checks need it: thousands of them, so the body is not parsed into a document.</summary>
    private sealed record Answer(HttpStatusCode Status, string Html, Uri? Location)
    {
        public static async Task<Answer> ReadAsync(HttpResponseMessage response)
        {
            using (response)
                return new Answer(response.StatusCode, await response.Content.ReadAsStringAsync(), response.Headers.Location);
        }
    }

    private static string? Problem(Answer answer)
    {
        if ((int)answer.Status >= 500)
            return $"answered {(int)answer.Status}";
        if (answer.Html.Contains(Script, StringComparison.OrdinalIgnoreCase) || answer.Html.Contains("<img src=x onerror", StringComparison.OrdinalIgnoreCase))
            return $"answered {(int)answer.Status} with the markup unescaped";
        if (answer.Location is { } location && (location.IsAbsoluteUri
                ? location.Host != "127.0.0.1" && location.Host != "localhost"
                : location.OriginalString.StartsWith("//", StringComparison.Ordinal) || location.OriginalString.StartsWith("/\\", StringComparison.Ordinal)
                  || !location.OriginalString.StartsWith('/')))
            return $"redirected off the site to {location}";
        return null;
    }

    private static string Describe(string value) => value.Length > 40 ? $"({value.Length} characters)" : System.Text.Json.JsonSerializer.Serialize(value);

    private static async Task<Answer> PostAsync(WebClient client, CrawledForm form, IReadOnlyList<KeyValuePair<string, string>> values)
    {
        using HttpContent content = form.Multipart ? Multipart(values) : new FormUrlEncodedContent(values);
        return await Answer.ReadAsync(await client.Http.PostAsync(form.Action, content));
    }

    private static MultipartFormDataContent Multipart(IEnumerable<KeyValuePair<string, string>> values)
    {
        var content = new MultipartFormDataContent();
        foreach (var (name, value) in values)
            content.Add(new StringContent(value), name);
        return content;
    }

    /// <summary>After an accepted post, the form as its page shows it now (a new version, a moved stage), if it is still there.</summary>
    private static async Task<CrawledForm> RefreshAsync(WebClient client, CrawledForm form)
    {
        var page = await client.GetAsync(form.Page);
        return page.Status == HttpStatusCode.OK
            ? FormCrawler.FormsOf(page).FirstOrDefault(f => f.Signature == form.Signature && f.Action == form.Action) ?? form
            : form;
    }

    // One test per defect the run found; each failed with a 500 before its fix.

    [Theory]
    [InlineData("RecommendationsEnabled")]
    [InlineData("DigestEnabled")]
    public async Task A_recommendation_setting_that_is_not_a_boolean_is_refused_at_the_switch_and_changes_nothing(string field)
    {
        var market = await MarketAsync();
        var page = await market.Founder.GetAsync("/account/profile");
        var form = FormCrawler.FormsOf(page).Single(f => f.Action == "/account/profile/recommendations");

        var answer = await market.Founder.PostAsync(form.Action, form.With(field, "maybe").Append(new(field, "false")));

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal("Enter a valid value here.", answer.FieldError(field));
        // The profile page again, its switches as saved.
        Assert.True(answer.Document.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>($"input[type=checkbox][name={field}]")!.IsChecked);
        var settings = await app.QueryAsync(db => db.UserProfiles.Where(u => u.Id == market.FounderId)
            .Select(u => new { u.RecommendationsEnabled, u.DigestEnabled }).SingleAsync());
        Assert.True(settings.RecommendationsEnabled);
        Assert.True(settings.DigestEnabled);
    }

    [Theory]
    [InlineData("Remote")]
    [InlineData("RelocationSupport")]
    [InlineData("VisaSupport")]
    public async Task A_position_flag_that_is_not_a_boolean_is_refused_at_its_field_and_nothing_is_saved(string field)
    {
        var market = await MarketAsync();
        var page = await market.Founder.GetAsync($"/positions/{market.PositionId}/edit");
        var form = FormCrawler.FormsOf(page).Single(f => f.Action == $"/positions/{market.PositionId}/edit");
        var before = await app.QueryAsync(db => db.Positions.Where(p => p.Id == market.PositionId).Select(p => p.Version).SingleAsync());

        var answer = await market.Founder.PostAsync(form.Action, form.With("TitleEn", "Renamed by a hostile post").With(field, "maybe"));

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal("Enter a valid value here.", answer.FieldError(field));
        Assert.Equal("Renamed by a hostile post", answer.Document.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name=TitleEn]")!.Value);
        var after = await app.QueryAsync(db => db.Positions.AsNoTracking().SingleAsync(p => p.Id == market.PositionId));
        Assert.Equal(before, after.Version);
        Assert.NotEqual("Renamed by a hostile post", after.Title.En);
    }

    [Theory]
    [InlineData("OpenToNewDeals")]
    [InlineData("OpenToOtherClusters")]
    public async Task A_mandate_flag_that_is_not_a_boolean_is_refused_at_its_field_and_nothing_is_saved(string field)
    {
        var market = await MarketAsync();
        var url = $"/funds/{market.FundId}/mandate";
        var form = FormCrawler.FormsOf(await market.Manager.GetAsync(url)).Single(f => f.Action == url);
        var before = await app.QueryAsync(db => db.Funds.Where(f => f.Id == market.FundId).Select(f => f.Version).SingleAsync());

        var answer = await market.Manager.PostAsync(url, form.With(field, "maybe"));

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal("Enter a valid value here.", answer.FieldError(field));
        Assert.Equal(before, await app.QueryAsync(db => db.Funds.Where(f => f.Id == market.FundId).Select(f => f.Version).SingleAsync()));
    }

    [Theory]
    [InlineData("/projects\u00BF'\"(", "/projects%C2%BF'%22(")]
    [InlineData("/x\u202E", "/x%E2%80%AE")]
    [InlineData("/研究者?q=机器人", "/%E7%A0%94%E7%A9%B6%E8%80%85?q=%E6%9C%BA%E5%99%A8%E4%BA%BA")]
    [InlineData("//evil.example", "/")]
    [InlineData("/\\evil.example", "/")]
    [InlineData("http://evil.example/", "/")]
    [InlineData("/\t/evil.example", "/")]
    public async Task The_language_switcher_goes_back_to_a_local_address_encoded_or_home(string returnUrl, string expected)
    {
        var client = app.NewClient();
        var token = await client.TokenAsync();

        var answer = await client.PostAsync("/culture", [new("culture", "zh-Hans"), new("returnUrl", returnUrl), new(CrawledForm.TokenName, token)]);

        Assert.Equal(HttpStatusCode.Redirect, answer.Status);
        Assert.Equal(expected, answer.Location!.OriginalString);
        Assert.Contains(client.Cookies.GetCookies(app.BaseAddress).Cast<Cookie>(), c => c.Value.Contains("zh-Hans", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("save", "/projects\u00BF'\"(", "/projects%C2%BF'%22(")]
    [InlineData("dismiss", "/x\u202E", "/x%E2%80%AE")]
    [InlineData("save", "//evil.example", null)]
    [InlineData("dismiss", "/\\evil.example", null)]
    public async Task Saving_or_dismissing_a_recommendation_goes_back_to_a_local_address_encoded_or_to_the_list(string verb, string returnUrl, string? expected)
    {
        var market = await MarketAsync();
        var list = $"/recommendations/{MatchKinds.Researcher}/{market.ResearcherId}";
        var page = await market.Researcher.GetAsync(list);
        var form = FormCrawler.FormsOf(page).First(f => f.Action == $"{list}/{verb}");
        var target = form.Values.Single(v => v.Key == "TargetId").Value;
        var values = form.With("ReturnUrl", returnUrl);
        if (verb == "dismiss")
            values = [.. values.Where(v => v.Key != "Reason"), new("Reason", DismissReasons.For(MatchKinds.Researcher)[0])];

        var answer = await market.Researcher.PostAsync(form.Action, values);

        Assert.Equal(HttpStatusCode.Redirect, answer.Status);
        Assert.Equal(expected ?? list, answer.Location!.OriginalString);
        var saved = await app.QueryAsync(db => db.RecommendationFeedback
            .Where(f => f.SubjectId == market.ResearcherId && f.TargetId == Guid.Parse(target)).Select(f => f.Action).ToListAsync());
        Assert.Contains(verb == "save" ? FeedbackActions.Saved : FeedbackActions.Dismissed, saved);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class HostileInputTestsOnSqlite(SqliteApp app, ITestOutputHelper output) : HostileInputTests(app, output);

[Collection(PostgresCollection.Name)]
public sealed class HostileInputTestsOnPostgreSql(PostgresApp app, ITestOutputHelper output) : HostileInputTests(app, output);
