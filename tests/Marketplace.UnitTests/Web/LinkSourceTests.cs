using System.Text.RegularExpressions;

namespace Marketplace.UnitTests.Web;

/// <summary>
/// Links come from routes: the views reach the site's pages through tag helpers or <c>Url.Action</c>, the controllers
/// redirect through actions, and view components are invoked by type. A renamed route then fails a build or a test
/// instead of leaving a dead link. These read the sources, so a new literal is caught before any page is rendered.
/// </summary>
public sealed partial class LinkSourceTests
{
    /// <summary>
    /// The only path literals the views may hold, each with why: matching the request, not linking anywhere.
    /// </summary>
    private static readonly HashSet<(string File, string Literal)> Allowed =
    [
        // The layout sends people signing in from an account page home instead of back to it.
        ("Shared/_Layout.cshtml", "\"/account\""),
    ];

    private static string Web => Path.Combine(RepositoryRoot(), "src", "Marketplace.Web");

    [Fact]
    public void Views_write_no_address_of_the_site_as_a_literal()
    {
        var found = new List<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Web, "Views"), "*.cshtml", SearchOption.AllDirectories))
        {
            var name = Path.GetRelativePath(Path.Combine(Web, "Views"), file).Replace('\\', '/');
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                foreach (Match m in AttributeLiteral().Matches(lines[i]))
                    found.Add($"{name}:{i + 1}: {m.Value}");
                foreach (Match m in PathLiteral().Matches(lines[i]))
                    if (!Allowed.Contains((name, m.Value)))
                        found.Add($"{name}:{i + 1}: {m.Value}");
            }
        }
        Assert.Empty(found);
    }

    [Fact]
    public void The_scan_finds_the_literals_it_forbids()
    {
        Assert.Matches(AttributeLiteral(), """<a href="/projects/@p.Id">""");
        Assert.Matches(AttributeLiteral(), """<form method="post" action="/funds/@id/edit">""");
        Assert.Matches(AttributeLiteral(), """<img src="/startups/@id/logo" />""");
        Assert.Matches(AttributeLiteral(), """<input data-skill-suggest="/skills/suggest" />""");
        Assert.Matches(PathLiteral(), """var back = "/dashboard";""");
        Assert.Matches(PathLiteral(), """var url = $"/positions/new?fundId={id}";""");
        Assert.DoesNotMatch(AttributeLiteral(), """<link rel="stylesheet" href="~/css/site.css" asp-append-version="true" />""");
        Assert.DoesNotMatch(AttributeLiteral(), """<a href="https://orcid.org/@orcid">""");
        Assert.DoesNotMatch(PathLiteral(), """<a asp-controller="Projects" asp-action="Index">""");
    }

    [Fact]
    public void View_components_are_invoked_by_type()
    {
        var byName = Directory.EnumerateFiles(Path.Combine(Web, "Views"), "*.cshtml", SearchOption.AllDirectories)
            .SelectMany(f => File.ReadLines(f).Where(l => l.Contains("Component.InvokeAsync(\"", StringComparison.Ordinal)).Select(l => $"{f}: {l.Trim()}"));
        Assert.Empty(byName);
    }

    [Fact]
    public void Controllers_redirect_through_actions_not_written_addresses()
    {
        var found = Directory.EnumerateFiles(Path.Combine(Web, "Controllers"), "*.cs", SearchOption.AllDirectories)
            .SelectMany(f => File.ReadLines(f).Where(l => WrittenRedirect().IsMatch(l)).Select(l => $"{Path.GetFileName(f)}: {l.Trim()}"));
        Assert.Empty(found);
        Assert.Matches(WrittenRedirect(), """return Redirect($"/projects/{id}");""");
        Assert.Matches(WrittenRedirect(), """return this.RedirectToLocal(returnUrl, "/");""");
        Assert.Matches(WrittenRedirect(), """return LocalRedirect("/");""");
        Assert.DoesNotMatch(WrittenRedirect(), """return this.RedirectToLocal(form.ReturnUrl, HomeOf(role));""");
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Marketplace.sln")))
            directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("Marketplace.sln not found above " + AppContext.BaseDirectory);
    }

    /// <summary>An href, action, src, formaction or data-* attribute whose value starts with one slash: a path of this site.</summary>
    [GeneratedRegex("""\b(?:href|action|src|formaction|data-[\w-]+)\s*=\s*"/(?![/\\])""")]
    private static partial Regex AttributeLiteral();

    /// <summary>A C# string (plain or interpolated) in a view that starts like a path of this site.</summary>
    [GeneratedRegex(""""\$?"/[A-Za-z][^"]*["]"""")]
    private static partial Regex PathLiteral();

    [GeneratedRegex(""""(?:\bRedirect|LocalRedirect)\(\$?"|RedirectToLocal\([^,]+,\s*\$?["]"""")]
    private static partial Regex WrittenRedirect();
}
