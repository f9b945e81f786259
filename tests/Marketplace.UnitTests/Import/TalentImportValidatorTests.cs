using System.Globalization;
using System.Text.Json;
using Marketplace.Application.Common;
using Marketplace.Application.Import;
using Marketplace.Domain.Currencies;
using Marketplace.Domain.Common;
using Marketplace.Domain.Researchers;
using Marketplace.Domain.Taxonomy;
using Marketplace.Infrastructure;
using Marketplace.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.UnitTests.Import;

/// <summary>
/// The record rules of the "researchers" and "positions" sections, checked without the runner; the few codes
/// the database defines (research areas, currencies) come from an in-memory SQLite database.
/// </summary>
public sealed class TalentImportValidatorTests : IDisposable
{
    private readonly AppDbContext db;
    private readonly ResearcherRecordValidator researchers;
    private readonly PositionRecordValidator positions;

    public TalentImportValidatorTests()
    {
        Text.ConfigureValidation();
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");
        var options = new DbContextOptionsBuilder<AppDbContext>();
        new DatabaseSettings { Provider = DatabaseProvider.Sqlite, ConnectionString = "Data Source=:memory:" }.Configure(options);
        db = new AppDbContext(options.Options);
        // The in-memory database lives as long as its connection: keep it open.
        db.Database.OpenConnection();
        db.Database.EnsureCreated();
        db.TaxonomyTerms.Add(new TaxonomyTerm(TaxonomyKind.ResearchArea, "nlp", null, new LocalizedText("NLP", "自然语言处理"), 1));
        db.TaxonomyTerms.Add(new TaxonomyTerm(TaxonomyKind.ResearchArea, "robotics", null, new LocalizedText("Robotics", "机器人"), 2));
        db.CurrencyRates.Add(new CurrencyRate("CNY", 7.1m));
        db.SaveChanges();
        var codes = new ImportCodes(db);
        researchers = new ResearcherRecordValidator(codes, TimeProvider.System);
        positions = new PositionRecordValidator(codes, TimeProvider.System);
    }

    public void Dispose() => db.Dispose();

    private static ResearcherRecord Researcher() => new(
        "r1", "u1", new LocalizedJson("NLP researcher", "自然语言处理研究员"), null, null, "university", ["nlp"], ["PyTorch"], "phd", 6,
        "0000-0002-1825-0097", [new PublicationJson("A paper", "ACL", 2024, "10.18653/v1/2024.acl-long.1", null)],
        ["https://example.org"], ["shenzhen"], true, ["full-time"], "2027-03-01", new MoneyJson(900_000, "CNY"), "public");

    private static PositionRecord Position() => new(
        "j1", "s1", null, new LocalizedJson("Robotics engineer", "机器人工程师"), null, "full-time", ["robotics"], ["ros"], "master", 3,
        "shenzhen", false, new CompensationJson(400_000, 700_000, "CNY"), true, false, "2027-06-30", "published", null, null);

    private async Task<List<(string Field, string Message)>> ErrorsAsync(ResearcherRecord record) =>
        (await researchers.ValidateAsync(record)).Errors.Select(e => (e.PropertyName, e.ErrorMessage)).ToList();

    private async Task<List<(string Field, string Message)>> ErrorsAsync(PositionRecord record) =>
        (await positions.ValidateAsync(record)).Errors.Select(e => (e.PropertyName, e.ErrorMessage)).ToList();

    [Fact]
    public async Task Should_accept_complete_records() =>
        Assert.Empty((await ErrorsAsync(Researcher())).Concat(await ErrorsAsync(Position())));

    [Theory]
    [InlineData("0000-0002-1825-0097")]
    [InlineData("https://orcid.org/0000-0002-1825-0097")]
    [InlineData("0000-0002-1694-233x")]
    public async Task Should_accept_an_orcid_whose_check_digit_matches(string orcid) =>
        Assert.Empty(await ErrorsAsync(Researcher() with { Orcid = orcid }));

    [Theory]
    [InlineData("0000-0002-1825-0098")]
    [InlineData("0000-0002-1825-009")]
    [InlineData("0000000218250097")]
    public async Task Should_refuse_an_orcid_at_its_field_when_the_check_digit_or_shape_is_wrong(string orcid)
    {
        var error = Assert.Single(await ErrorsAsync(Researcher() with { Orcid = orcid }));
        Assert.Equal(("Orcid", Text.Get("Validation.Orcid")), error);
    }

    [Fact]
    public async Task Should_refuse_a_bad_doi_at_its_publication()
    {
        var record = Researcher() with
        {
            Publications = [new PublicationJson("Good", null, 2024, "doi:10.1000/xyz123", null), new PublicationJson("Bad", null, 2024, "10.12/short", null)],
        };
        var error = Assert.Single(await ErrorsAsync(record));
        Assert.Equal(("Publications[1].Doi", Text.Get("Validation.Doi")), error);
    }

    [Fact]
    public async Task Should_want_a_doi_or_a_url_for_each_publication()
    {
        var errors = await ErrorsAsync(Researcher() with { Publications = [new PublicationJson("Nowhere", "ICML", 2024, null, null)] });
        Assert.Equal([("Publications[0].Doi", Text.Get("Import.PublicationLink"))], errors);
        Assert.Empty(await ErrorsAsync(Researcher() with { Publications = [new PublicationJson("Preprint", null, 2025, null, "https://example.org/p.pdf")] }));
    }

    [Theory]
    [InlineData("2027-02-30")]
    [InlineData("01/03/2027")]
    [InlineData("2027-3-1")]
    public async Task Should_refuse_a_date_not_written_yyyy_MM_dd(string date)
    {
        Assert.Equal(["AvailableFrom"], (await ErrorsAsync(Researcher() with { AvailableFrom = date })).Select(e => e.Field));
        Assert.Equal(["Deadline"], (await ErrorsAsync(Position() with { Deadline = date })).Select(e => e.Field));
    }

    [Fact]
    public async Task Should_count_skills_after_normalising_them()
    {
        // "PyTorch" and " pytorch " are one tag, so 21 spellings of 20 tags are within the limit.
        var twenty = Enumerable.Range(1, 20).Select(i => (string?)$"skill {i}").Append(" skill 1 ").ToList();
        Assert.Empty(await ErrorsAsync(Researcher() with { Skills = twenty }));
        Assert.Equal(["Skills"], (await ErrorsAsync(Researcher() with { Skills = [.. twenty, "skill 21"] })).Select(e => e.Field));
        Assert.Equal(["Skills[1]"], (await ErrorsAsync(Researcher() with { Skills = ["ok", "c/c++"] })).Select(e => e.Field));
    }

    [Fact]
    public async Task Should_know_research_areas_and_currencies_from_the_database()
    {
        Assert.Equal(["ResearchAreas[1]"], (await ErrorsAsync(Researcher() with { ResearchAreas = ["nlp", "astrology"] })).Select(e => e.Field));
        Assert.Equal(["SalaryExpectation.Currency"], (await ErrorsAsync(Researcher() with { SalaryExpectation = new MoneyJson(1, "BRL") })).Select(e => e.Field));
        Assert.Equal(["Compensation.Currency"], (await ErrorsAsync(Position() with { Compensation = new CompensationJson(1, null, "BRL") })).Select(e => e.Field));
    }

    [Theory]
    [InlineData("s1", "f1")]
    [InlineData(null, null)]
    [InlineData("", "")]
    public async Task Should_want_exactly_one_poster(string? startup, string? fund)
    {
        var error = Assert.Single(await ErrorsAsync(Position() with { Startup = startup, Fund = fund }));
        Assert.Equal(("Startup", Text.Get("Import.OnePoster")), error);
    }

    [Fact]
    public async Task Should_want_a_cluster_unless_the_position_is_remote()
    {
        Assert.Equal([("Cluster", Text.Get("Import.ClusterOrRemote"))], await ErrorsAsync(Position() with { Cluster = null }));
        Assert.Empty(await ErrorsAsync(Position() with { Cluster = null, Remote = true }));
        Assert.Empty(await ErrorsAsync(Position() with { Remote = true }));
    }

    [Fact]
    public async Task Should_check_the_compensation_range()
    {
        Assert.Equal(["Compensation.Min"], (await ErrorsAsync(Position() with { Compensation = new CompensationJson(10, 5, "CNY") })).Select(e => e.Field));
        Assert.Equal(["Compensation"], (await ErrorsAsync(Position() with { Compensation = new CompensationJson(null, null, "CNY") })).Select(e => e.Field));
        Assert.Empty(await ErrorsAsync(Position() with { Compensation = new CompensationJson(null, 90_000, "CNY") }));
    }

    [Theory]
    [InlineData("published", "filled", "ClosedReason")]
    [InlineData("closed", "bored", "ClosedReason")]
    [InlineData("open", null, "Status")]
    public async Task Should_refuse_statuses_and_closing_reasons_that_do_not_fit(string status, string? reason, string field) =>
        Assert.Equal([field], (await ErrorsAsync(Position() with { Status = status, ClosedReason = reason })).Select(e => e.Field));

    [Fact]
    public void The_demo_researchers_have_orcid_ids_whose_check_digit_is_computed_and_publications_with_valid_dois()
    {
        var json = File.ReadAllText(Path.Combine(ContentRoot.Find(), "demo", "marketplace-demo.json"));
        var researchers = JsonDocument.Parse(json).RootElement.GetProperty("researchers").EnumerateArray().ToList();
        Assert.NotEmpty(researchers);
        var orcids = researchers.Where(r => r.TryGetProperty("orcid", out _)).Select(r => r.GetProperty("orcid").GetString()!).ToList();
        Assert.NotEmpty(orcids);
        Assert.All(orcids, id =>
        {
            Assert.Equal(Orcid.CheckDigit(id.Replace("-", "", StringComparison.Ordinal)[..15]), id[^1]);
            Assert.True(Orcid.IsValid(id), id);
        });
        Assert.Equal(orcids.Count, orcids.Distinct().Count());
        var dois = researchers.SelectMany(r => r.GetProperty("publications").EnumerateArray())
            .Where(p => p.TryGetProperty("doi", out _)).Select(p => p.GetProperty("doi").GetString()!).ToList();
        Assert.NotEmpty(dois);
        Assert.All(dois, doi => Assert.Equal(doi, Doi.Normalise(doi)));
    }
}
