using System.Net;
using AngleSharp.Dom;
using Marketplace.Domain.Common;
using Marketplace.Domain.Files;
using Marketplace.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.IntegrationTests;

/// <summary>Startup profiles through the real pages: create, the public page, every field's refusals, the logo, who may edit, concurrent edits.</summary>
public abstract class StartupTests(MarketplaceApp app)
{
    private static readonly byte[] PngHeader = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>A tiny real PNG (1×1), so the browser could show it too.</summary>
    private static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    [Fact]
    public async Task A_founder_creates_a_startup_and_anyone_sees_its_public_page_in_their_language()
    {
        var founder = await Users.RegisterAsync(app);
        var name = TestStartups.UniqueName("Lingxi Imaging");
        var form = TestStartups.Form(name, "灵犀影像");

        var created = await founder.Client.PostFormAsync("/startups/new", form.Flatten());

        Assert.Equal(HttpStatusCode.Redirect, created.Status);
        var saved = await app.QueryAsync(db => db.Startups.AsNoTracking().SingleAsync(s => s.Name.En == name));
        Assert.Equal($"/startups/{saved.Id}", Redirects.PathOf(created.Location));
        Assert.Equal("灵犀影像", saved.Name.Zh);
        Assert.Equal(["healthcare", "foundation-models"], saved.Sectors);
        Assert.Equal("series-a", saved.Stage);
        Assert.Equal(2023, saved.FoundedYear);
        Assert.Equal(24, saved.TeamSize);
        Assert.Equal("https://example.com/imaging", saved.Website);
        Assert.Equal(["shenzhen"], saved.RelocationClusterKeys);
        Assert.True(await app.QueryAsync(db => db.StartupMembers.AnyAsync(m => m.StartupId == saved.Id && m.UserId == founder.Id)));

        using var visitor = app.NewClient();
        var zh = await visitor.GetAsync($"/startups/{saved.Id}?culture=zh-Hans");
        Assert.Equal(HttpStatusCode.OK, zh.Status);
        Assert.Equal("灵犀影像", zh.Text("[data-testid=startup-name]"));
        Assert.Equal("杭州", zh.Text("[data-testid=cluster]"));
        Assert.Equal(["智慧医疗", "基础大模型"], zh.Texts("[data-testid=sector]"));
        Assert.Equal("A 轮", zh.Text("[data-testid=stage]"));
        Assert.Equal("2023", zh.Text("[data-testid=founded]"));
        Assert.Equal("24", zh.Text("[data-testid=team-size]"));
        Assert.Equal("面向县级医院的医学影像模型。", zh.Text("[data-testid=description]"));
        Assert.Contains("深圳", zh.Text("[data-testid=relocation]"));
        var website = zh.Document.QuerySelector("a[data-testid=website]")!;
        Assert.Equal("https://example.com/imaging", website.GetAttribute("href"));
        Assert.Equal("nofollow noopener", website.GetAttribute("rel"));
        Assert.Null(zh.Document.QuerySelector("[data-testid=owner-actions]"));
        Assert.NotNull(zh.Document.QuerySelector("[data-testid=no-projects]"));

        var en = await visitor.GetAsync($"/startups/{saved.Id}?culture=en");
        Assert.Equal(name, en.Text("[data-testid=startup-name]"));
        Assert.Equal("Series A", en.Text("[data-testid=stage]"));
        Assert.Equal(["Healthcare", "Foundation models"], en.Texts("[data-testid=sector]"));

        var own = await founder.Client.GetAsync($"/startups/{saved.Id}");
        Assert.NotNull(own.Document.QuerySelector("[data-testid=owner-actions]"));
    }

    [Fact]
    public async Task A_name_in_chinese_only_is_enough_and_english_readers_see_it()
    {
        var founder = await Users.RegisterAsync(app);
        var zhName = "仅中文" + Guid.NewGuid().ToString("N")[..8];
        var form = TestStartups.Form("", zhName);
        form["DescriptionEn"] = [""];
        form["Website"] = [""];
        form["FoundedYear"] = [""];
        form["TeamSize"] = [""];
        form["RelocationClusterKeys"] = [];

        var created = await founder.Client.PostFormAsync("/startups/new", form.Flatten());

        Assert.Equal(HttpStatusCode.Redirect, created.Status);
        var saved = await app.QueryAsync(db => db.Startups.AsNoTracking().SingleAsync(s => s.Name.Zh == zhName));
        Assert.Null(saved.Name.En);
        Assert.Null(saved.Website);
        Assert.Null(saved.FoundedYear);
        Assert.Empty(saved.RelocationClusterKeys);
        using var visitor = app.NewClient();
        var page = await visitor.GetAsync($"/startups/{saved.Id}?culture=en");
        Assert.Equal(zhName, page.Text("[data-testid=startup-name]"));
        Assert.Null(page.Document.QuerySelector("[data-testid=website]"));
    }

    public static TheoryData<string, string, string[]> BadFields() => new()
    {
        { "NameEn", "NameEn", [""] }, // with NameZh blank too: no name in any language
        { "NameEn", "NameEn", [new string('x', 201)] },
        { "ClusterKey", "ClusterKey", ["atlantis"] },
        { "ClusterKey", "ClusterKey", [""] },
        { "Sectors", "Sectors", [] },
        { "Sectors", "Sectors", ["ai-chips", "algorithms", "foundation-models", "healthcare", "fintech", "robotics"] },
        { "Sectors", "Sectors", ["healthcare", "quantum-astrology"] },
        { "Stage", "Stage", ["series-z"] },
        { "Stage", "Stage", [""] },
        { "FoundedYear", "FoundedYear", ["1800"] },
        { "FoundedYear", "FoundedYear", [(DateTime.UtcNow.Year + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)] },
        { "FoundedYear", "FoundedYear", ["twenty"] },
        { "TeamSize", "TeamSize", ["0"] },
        { "TeamSize", "TeamSize", ["100001"] },
        { "TeamSize", "TeamSize", ["2.5"] },
        { "Website", "Website", ["not a url"] },
        { "Website", "Website", ["example.com"] },
        { "Website", "Website", ["javascript:alert(1)"] },
        { "Website", "Website", ["ftp://example.com/"] },
        { "RelocationClusterKeys", "RelocationClusterKeys", ["shenzhen", "atlantis"] },
        { "DescriptionZh", "DescriptionZh", [new string('字', 8001)] },
    };

    [Theory]
    [MemberData(nameof(BadFields))]
    public async Task Bad_input_is_answered_at_its_field_with_400_and_nothing_is_written(string field, string errorField, string[] values)
    {
        var founder = await Users.RegisterAsync(app);
        var form = TestStartups.Form(TestStartups.UniqueName(), nameZh: field == "NameEn" ? "" : "测试初创");
        form[field] = values;

        var page = await founder.Client.PostFormAsync("/startups/new", form.Flatten());

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.False(string.IsNullOrEmpty(page.FieldError(errorField)), $"No message at {errorField}: {page.Text("main")}");
        // The form comes back with what was typed, and its choices.
        Assert.NotNull(page.Document.QuerySelector("input[name=Sectors]"));
        Assert.False(await app.QueryAsync(db => db.StartupMembers.AnyAsync(m => m.UserId == founder.Id)));
    }

    [Fact]
    public async Task Messages_at_the_fields_speak_chinese_to_a_chinese_page()
    {
        var founder = await Users.RegisterAsync(app);
        await founder.Client.GetAsync("/?culture=zh-Hans");
        var form = TestStartups.Form(TestStartups.UniqueName());
        form["FoundedYear"] = ["1800"];
        form["Sectors"] = ["ai-chips", "algorithms", "foundation-models", "healthcare", "fintech", "robotics"];
        form["Website"] = ["example.com"];

        var page = await founder.Client.PostFormAsync("/startups/new", form.Flatten());

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Equal($"请输入 1900 至 {DateTime.UtcNow.Year} 之间的年份。", page.FieldError("FoundedYear"));
        Assert.Equal("请选择 1 至 5 个行业领域。", page.FieldError("Sectors"));
        Assert.StartsWith("请输入以 http:// 或 https:// 开头的完整网址", page.FieldError("Website"));
        Assert.Equal("1800", page.Document.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name=FoundedYear]")!.Value);
    }

    [Fact]
    public async Task An_owner_edits_the_profile_and_a_refused_edit_changes_nothing()
    {
        var founder = await Users.RegisterAsync(app);
        var id = await TestStartups.CreateAsync(app, founder);
        var before = await app.QueryAsync(db => db.Startups.AsNoTracking().SingleAsync(s => s.Id == id));

        var refused = await founder.Client.SubmitAsync($"/startups/{id}/edit",
            new Dictionary<string, string> { ["NameEn"] = "Renamed", ["Website"] = "http//broken" });
        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.NotNull(refused.FieldError("Website"));
        var unchanged = await app.QueryAsync(db => db.Startups.AsNoTracking().SingleAsync(s => s.Id == id));
        Assert.Equal(before.Name, unchanged.Name);
        Assert.Equal(before.Version, unchanged.Version);

        var saved = await founder.Client.SubmitAsync($"/startups/{id}/edit",
            new Dictionary<string, string> { ["NameEn"] = "Renamed", ["Stage"] = "series-b", ["TeamSize"] = "31" });
        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        var after = await app.QueryAsync(db => db.Startups.AsNoTracking().SingleAsync(s => s.Id == id));
        Assert.Equal("Renamed", after.Name.En);
        Assert.Equal("测试初创", after.Name.Zh);
        Assert.Equal("series-b", after.Stage);
        Assert.Equal(31, after.TeamSize);
        Assert.Equal(["healthcare"], after.Sectors);
    }

    [Fact]
    public async Task A_concurrent_edit_is_detected_with_409_and_the_first_save_is_kept()
    {
        var founder = await Users.RegisterAsync(app);
        var id = await TestStartups.CreateAsync(app, founder);
        var first = await founder.Client.GetAsync($"/startups/{id}/edit");
        var second = await founder.Client.GetAsync($"/startups/{id}/edit");

        var saved = await founder.Client.SubmitAsync(first, new Dictionary<string, string> { ["NameEn"] = "First tab" });
        var conflict = await founder.Client.SubmitAsync(second, new Dictionary<string, string> { ["NameEn"] = "Second tab" });

        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        Assert.Equal(HttpStatusCode.Conflict, conflict.Status);
        Assert.Contains("Someone else saved this", conflict.Text("[data-testid=form-errors]"));
        Assert.Equal("Second tab", conflict.Document.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name=NameEn]")!.Value);
        Assert.Equal("First tab", await app.QueryAsync(db => db.Startups.Where(s => s.Id == id).Select(s => s.Name.En).SingleAsync()));
    }

    [Fact]
    public async Task A_logo_is_recognised_by_its_content_and_served_with_its_type_to_anyone()
    {
        var founder = await Users.RegisterAsync(app);
        var id = await TestStartups.CreateAsync(app, founder);
        using var visitor = app.NewClient();
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.Http.GetAsync($"/startups/{id}/logo")).StatusCode);

        // The name and the claimed type say JPEG; the bytes are PNG, and the bytes win.
        var uploaded = await founder.Client.PostFileAsync($"/startups/{id}/edit/logo", "Logo", "logo.jpg", "image/jpeg", Png);

        Assert.Equal(HttpStatusCode.Redirect, uploaded.Status);
        var file = await app.QueryAsync(db =>
            (from s in db.Startups where s.Id == id join f in db.StoredFiles on s.LogoFileId equals (Guid?)f.Id select f).SingleAsync());
        Assert.Equal("image/png", file.ContentType);
        Assert.Equal(FilePurposes.Logo, file.Purpose);
        Assert.Equal(Png.Length, file.Length);

        using var response = await visitor.Http.GetAsync($"/startups/{id}/logo");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(Png, await response.Content.ReadAsByteArrayAsync());
        var page = await visitor.GetAsync($"/startups/{id}");
        Assert.Equal($"/startups/{id}/logo", page.Document.QuerySelector("img[data-testid=logo]")!.GetAttribute("src"));
    }

    public static TheoryData<string, byte[]> BadLogos() => new()
    {
        { "a text file named .png", "just some text, not an image at all"u8.ToArray() },
        { "a PDF named .png", "%PDF-1.7\n%binary"u8.ToArray() },
        { "a PNG over 1 MB", [.. PngHeader, .. new byte[1024 * 1024]] },
        { "an empty file", [] },
    };

    [Theory]
    [MemberData(nameof(BadLogos))]
    public async Task A_logo_that_is_not_a_small_image_is_refused_at_the_field_and_nothing_is_stored(string what, byte[] content)
    {
        var founder = await Users.RegisterAsync(app);
        var id = await TestStartups.CreateAsync(app, founder);

        var page = await founder.Client.PostFileAsync($"/startups/{id}/edit/logo", "Logo", "logo.png", "image/png", content);

        Assert.True(page.Status == HttpStatusCode.BadRequest, $"{what}: {(int)page.Status}");
        Assert.False(string.IsNullOrEmpty(page.FieldError("Logo")), what);
        Assert.Null(await app.QueryAsync(db => db.Startups.Where(s => s.Id == id).Select(s => s.LogoFileId).SingleAsync()));
        Assert.False(await app.QueryAsync(db => db.StoredFiles.AnyAsync(f => f.UploadedById == founder.Id)));
    }

    [Fact]
    public async Task Unknown_startups_are_404()
    {
        using var visitor = app.NewClient();
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/startups/{Guid.NewGuid()}")).Status);
        var founder = await Users.RegisterAsync(app);
        Assert.Equal(HttpStatusCode.NotFound, (await founder.Client.GetAsync($"/startups/{Guid.NewGuid()}/edit")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await founder.Client.GetAsync($"/startups/{Guid.NewGuid()}/team")).Status);
    }

    [Fact]
    public async Task Only_founders_may_open_the_new_startup_form()
    {
        var manager = await Users.RegisterAsync(app, RoleNames.FundManager);
        Assert.Equal(HttpStatusCode.Forbidden, (await manager.Client.GetAsync("/startups/new")).Status);
        using var anonymous = app.NewClient();
        var page = await anonymous.GetAsync("/startups/new");
        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        Assert.StartsWith("/account/login", Redirects.PathOf(page.Location));
    }

    public static TheoryData<string> Strangers() => new() { "another founder", "a fund manager", "anonymous" };

    [Theory]
    [MemberData(nameof(Strangers))]
    public async Task Strangers_may_not_open_or_post_the_owner_pages_and_nothing_changes(string who)
    {
        var owner = await Users.RegisterAsync(app);
        var id = await TestStartups.CreateAsync(app, owner);
        await owner.Client.SubmitAsync($"/startups/{id}/team", new Dictionary<string, string> { ["Email"] = Users.UniqueEmail("pending") }, "#invite-form");
        var invitation = await app.QueryAsync(db => db.StartupInvitations.Where(i => i.StartupId == id).Select(i => i.Id).SingleAsync());
        var before = await app.QueryAsync(db => db.Startups.AsNoTracking().SingleAsync(s => s.Id == id));

        var stranger = who switch
        {
            "another founder" => (await Users.RegisterAsync(app)).Client,
            "a fund manager" => (await Users.RegisterAsync(app, RoleNames.FundManager)).Client,
            _ => app.NewClient(),
        };
        bool Refused(Page page) => who == "anonymous"
            ? page.Status == HttpStatusCode.Redirect && Redirects.PathOf(page.Location).StartsWith("/account/login", StringComparison.Ordinal)
            : page.Status == HttpStatusCode.Forbidden;

        foreach (var url in new[] { $"/startups/{id}/edit", $"/startups/{id}/team", $"/startups/{id}/edit/logo" })
        {
            var page = await stranger.GetAsync(url);
            Assert.True(Refused(page), $"GET {url} answered {(int)page.Status}");
        }

        var token = await stranger.TokenAsync();
        var fields = TestStartups.Form("Taken over").Flatten().Append(new("Version", before.Version.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var posts = new (string Url, IEnumerable<KeyValuePair<string, string>> Values)[]
        {
            ($"/startups/{id}/edit", fields),
            ($"/startups/{id}/edit", [new("NameEn", ""), new("NameZh", "")]), // bad input as well: still 403, not the form
            ($"/startups/{id}/team", [new("Email", Users.UniqueEmail("intruder"))]),
            ($"/startups/{id}/team", [new("Email", "not an address")]),
            ($"/startups/{id}/team/invitations/{invitation}/revoke", []),
        };
        foreach (var (url, values) in posts)
        {
            var page = await stranger.PostAsync(url, values.Append(new("__RequestVerificationToken", token)));
            Assert.True(Refused(page), $"POST {url} answered {(int)page.Status}");
        }
        using (var logo = new MultipartFormDataContent())
        {
            logo.Add(new StringContent(token), "__RequestVerificationToken");
            logo.Add(new ByteArrayContent(Png), "Logo", "logo.png");
            using var response = await stranger.Http.PostAsync($"/startups/{id}/edit/logo", logo);
            Assert.True(Refused(await Page.ReadAsync(response)), $"POST logo answered {(int)response.StatusCode}");
        }

        var after = await app.QueryAsync(db => db.Startups.AsNoTracking().SingleAsync(s => s.Id == id));
        Assert.Equal(before.Version, after.Version);
        Assert.Equal(before.Name, after.Name);
        Assert.Null(after.LogoFileId);
        var invitations = await app.QueryAsync(db => db.StartupInvitations.AsNoTracking().Where(i => i.StartupId == id).ToListAsync());
        Assert.Null(Assert.Single(invitations).RevokedAt);
        Assert.Equal([owner.Id], await app.QueryAsync(db => db.StartupMembers.Where(m => m.StartupId == id).Select(m => m.UserId).ToListAsync()));
    }

    [Fact]
    public async Task The_public_page_lists_published_projects_only()
    {
        var founder = await Users.RegisterAsync(app);
        var id = await TestStartups.CreateAsync(app, founder);
        var published = await ProjectRows.InsertAsync(app, id, "Series A for imaging", Marketplace.Domain.Moderation.ModerationState.Published);
        await ProjectRows.InsertAsync(app, id, "Draft round", Marketplace.Domain.Moderation.ModerationState.Draft);
        await ProjectRows.InsertAsync(app, id, "Waiting round", Marketplace.Domain.Moderation.ModerationState.Submitted);

        using var visitor = app.NewClient();
        var page = await visitor.GetAsync($"/startups/{id}");

        var items = page.Document.QuerySelectorAll("[data-testid=projects] [data-project]");
        var item = Assert.Single(items);
        Assert.Equal(published.ToString(), item.GetAttribute("data-project"));
        Assert.Equal($"/projects/{published}", item.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("Series A for imaging", item.TextContent);
        Assert.Contains("CNY 50,000,000", item.TextContent); // Format.Money: the code first in English
    }
}

[Collection(SqliteCollection.Name)]
public sealed class StartupTestsOnSqlite(SqliteApp app) : StartupTests(app);

[Collection(PostgresCollection.Name)]
public sealed class StartupTestsOnPostgreSql(PostgresApp app) : StartupTests(app);
