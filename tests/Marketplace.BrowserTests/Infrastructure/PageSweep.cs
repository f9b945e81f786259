using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Marketplace.BrowserTests.Infrastructure;

/// <summary>One thing wrong with one page: overflow, console, csp, 5xx, 4xx or axe.</summary>
public sealed record Finding(string Kind, string Url, string Detail);

/// <summary>What one page visit found, for the summary table.</summary>
public sealed record VisitResult(
    string Shape, string Url, int Depth, int Status, IReadOnlyList<Finding> Findings, long Milliseconds, string? Skipped = null, long AxeMilliseconds = 0);

/// <summary>
/// Visits the pages a user's menus (dropdown items included) and home or dashboard lead to, and the
/// pages those lead to, one page per route shape (/projects/{id} once, not once per project), and
/// checks each: main document and every request under 500, no console error or uncaught exception,
/// no content-security-policy violation, no horizontal overflow at each width, no serious or critical
/// axe-core (WCAG 2.1 A/AA) violation. Every finding is kept, so one run lists them all.
/// </summary>
public sealed class PageSweep
{
    public static readonly int[] Widths = [390, 1024, 1280, 1366];

    /// <summary>The width axe runs at (once per page; the overflow check runs at every width).</summary>
    public const int AxeWidth = 1280;

    /// <summary>Home and dashboard are depth 0, the pages they and the menus link to depth 1, the pages those link to depth 2.</summary>
    public const int MaxDepth = 2;

    /// <summary>A bound on the pages of one role, should a page start linking to new shapes without end.</summary>
    public const int MaxPages = 80;

    private const int Height = 900;

    // Links that are not pages to check: the Hangfire dashboard (its own inline scripts under its own policy) and sign-out.
    private static readonly string[] SkippedPrefixes = ["/admin/jobs", "/account/logout", "/culture"];

    // Route segments that are keys, not words: /clusters/{key}, /admin/clusters/{key}/edit, /admin/rates/{currency}/edit, invitations/{token}.
    private static readonly Regex[] KeySegments =
    [
        new(@"^/clusters/(?<key>[^/]+)"),
        new(@"^/admin/clusters/(?!new(/|$))(?<key>[^/]+)"),
        new(@"^/admin/rates/(?!new(/|$))(?<key>[^/]+)"),
        new(@"/invitations/(?<key>[^/]+)"),
    ];

    // Records content-security-policy violations as the page reports them, with the element an inline
    // style or script was on (the event's target) and its attribute; an init script is added through the
    // DevTools protocol, which the page's policy does not apply to.
    private const string CspListener = """
        (() => {
            window.__cspViolations = [];
            document.addEventListener('securitypolicyviolation', e => {
                const el = e.target instanceof Element ? e.target : null;
                const name = el ? el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + [...el.classList].sort().map(c => '.' + c).join('') : '';
                const style = el && e.effectiveDirective === 'style-src-attr' ? el.getAttribute('style') : null;
                window.__cspViolations.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'}` +
                    (name ? ` on ${name}` : '') + (style ? ` style="${style}"` : '') +
                    (e.sample ? ` "${e.sample}"` : '') + ` (${e.sourceFile ? new URL(e.sourceFile).pathname : ''}:${e.lineNumber})`);
            }, true);
        })();
        """;

    // The page's width against the viewport's; when wider, the elements that stick out past the right edge
    // first (their parent does not), outside any element that scrolls or clips them, widest first.
    private const string Overflow = """
        () => {
            const vw = window.innerWidth, sw = document.documentElement.scrollWidth;
            if (sw <= vw) return null;
            // Clipped by a scrolling ancestor, unless the element is positioned out of it: an absolute box is
            // clipped only from its containing block (its nearest positioned ancestor) up, so a visually hidden
            // label in a scrolling table still widens the page when nothing inside the table is positioned.
            const outOfFlow = style => style.position === 'absolute' || style.position === 'fixed';
            const clipped = el => {
                let positioned = outOfFlow(getComputedStyle(el));
                for (let p = el.parentElement; p && p !== document.body && p !== document.documentElement; p = p.parentElement) {
                    const style = getComputedStyle(p);
                    if (positioned && style.position === 'static') continue;
                    if (style.overflowX !== 'visible') return true;
                    positioned = outOfFlow(style);
                }
                return false;
            };
            const sticksOut = el => { const r = el.getBoundingClientRect(); return r.width > 0 && r.right > vw + 0.5; };
            const describe = el => {
                let s = el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + [...el.classList].sort().map(c => '.' + c).join('');
                const t = (el.textContent || '').trim().replace(/\s+/g, ' ').slice(0, 40);
                return `${s} (${Math.round(el.getBoundingClientRect().width)}px wide, right edge ${Math.round(el.getBoundingClientRect().right)}px${t ? `, "${t}"` : ''})`;
            };
            const culprits = [...document.body.querySelectorAll('*')]
                .filter(el => sticksOut(el) && !clipped(el) && !(el.parentElement && el.parentElement !== document.body && sticksOut(el.parentElement) && !clipped(el.parentElement)))
                .sort((a, b) => b.getBoundingClientRect().right - a.getBoundingClientRect().right)
                .slice(0, 5)
                .map(describe);
            return { scrollWidth: sw, culprits };
        }
        """;

    private const string Links = """
        () => [...document.querySelectorAll('header a[href], main a[href]')]
            .filter(a => !a.hasAttribute('download'))
            .map(a => a.href)
        """;

    private readonly IPage page;
    private readonly Uri origin;
    private readonly IReadOnlyList<string>? axeRules;
    private readonly List<string> consoleErrors = [];
    private readonly List<string> serverErrors = [];

    private PageSweep(IPage page, Uri origin, IReadOnlyList<string>? axeRules)
    {
        this.page = page;
        this.origin = origin;
        this.axeRules = axeRules;
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
                consoleErrors.Add(message.Text + (string.IsNullOrEmpty(message.Location) ? "" : $" ({message.Location})"));
        };
        page.PageError += (_, error) => consoleErrors.Add("uncaught: " + error);
        page.Response += (_, response) =>
        {
            if (response.Status >= 500)
                serverErrors.Add($"{response.Status} {response.Request.Method} {response.Url}");
        };
    }

    /// <summary>
    /// Listens to the page's console, responses and policy violations from now on. axe runs every WCAG 2.1
    /// A/AA rule, or only <paramref name="axeRules"/> when given.
    /// </summary>
    public static async Task<PageSweep> AttachAsync(IPage page, Uri origin, IReadOnlyList<string>? axeRules = null)
    {
        await page.Context.AddInitScriptAsync(CspListener);
        return new PageSweep(page, origin, axeRules);
    }

    /// <summary>/projects/3f2…/edit → /projects/{id}/edit; query and fragment dropped.</summary>
    public static string Shape(Uri url)
    {
        var path = url.AbsolutePath.TrimEnd('/');
        if (path.Length == 0)
            return "/";
        foreach (var key in KeySegments)
        {
            var match = key.Match(path);
            if (match.Success)
            {
                var g = match.Groups["key"];
                path = path[..g.Index] + "{key}" + path[(g.Index + g.Length)..];
            }
        }
        return string.Join('/', path.Split('/').Select(s => Guid.TryParse(s, out _) ? "{id}" : long.TryParse(s, out _) ? "{n}" : s));
    }

    private bool Followable(Uri url) =>
        url.Scheme == origin.Scheme && url.Authority == origin.Authority
        && !SkippedPrefixes.Any(p => url.AbsolutePath.Equals(p, StringComparison.OrdinalIgnoreCase)
            || url.AbsolutePath.StartsWith(p + "/", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Checks the start pages (home, and the dashboard for roles with one), then every page they link to,
    /// breadth first, one per route shape, down to <paramref name="maxDepth"/>. <paramref name="menus"/> runs once on
    /// the first page, at each width.
    /// </summary>
    public async Task<IReadOnlyList<VisitResult>> RunAsync(
        IEnumerable<string> startPaths, Func<IPage, int, Task<IReadOnlyList<Finding>>>? menus = null, int maxDepth = MaxDepth)
    {
        var results = new List<VisitResult>();
        var seen = new HashSet<string>();
        var queue = new Queue<(Uri Url, int Depth)>();
        foreach (var path in startPaths)
        {
            var url = new Uri(origin, path);
            if (seen.Add(Shape(url)))
                queue.Enqueue((url, 0));
        }
        var first = true;
        while (queue.Count > 0 && results.Count < MaxPages)
        {
            var (url, depth) = queue.Dequeue();
            var (result, links) = await VisitAsync(url, depth, first ? menus : null);
            first = false;
            results.Add(result);
            if (depth >= maxDepth)
                continue;
            foreach (var link in links)
            {
                var target = new Uri(link);
                if (Followable(target) && seen.Add(Shape(target)))
                    queue.Enqueue((new UriBuilder(target) { Fragment = "" }.Uri, depth + 1));
            }
        }
        if (queue.Count > 0)
            results.Add(new VisitResult("(more)", "", 0, 0,
                [new Finding("sweep", "", $"stopped at {MaxPages} pages with {queue.Count} shapes left: {string.Join(", ", queue.Select(q => Shape(q.Url)))}")], 0));
        return results;
    }

    private async Task<(VisitResult Result, IReadOnlyList<string> Links)> VisitAsync(Uri url, int depth, Func<IPage, int, Task<IReadOnlyList<Finding>>>? menus)
    {
        var clock = Stopwatch.StartNew();
        var shape = Shape(url);
        consoleErrors.Clear();
        serverErrors.Clear();
        var findings = new List<Finding>();
        var at = url.PathAndQuery;

        await page.SetViewportSizeAsync(AxeWidth, Height);
        IResponse? response;
        try
        {
            response = await page.GotoAsync(url.ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        }
        catch (PlaywrightException e) when (e.Message.Contains("Download is starting"))
        {
            return (new VisitResult(shape, at, depth, 0, [], clock.ElapsedMilliseconds, "download"), []);
        }
        var status = response?.Status ?? 0;
        var contentType = response is null ? "" : (await response.HeaderValueAsync("content-type") ?? "");
        if (status is >= 200 and < 300 && !contentType.StartsWith("text/html", StringComparison.OrdinalIgnoreCase))
            return (new VisitResult(shape, at, depth, status, [], clock.ElapsedMilliseconds, contentType), []);
        var finalAt = new Uri(page.Url).PathAndQuery;
        var where = finalAt == at ? at : $"{at} → {finalAt}";
        if (status >= 500)
            findings.Add(new Finding("5xx", where, $"the page answered {status}"));
        else if (status >= 400)
            findings.Add(new Finding("4xx", where, $"a link leads to a page that answered {status}"));

        var links = await page.EvaluateAsync<string[]>(Links);

        var axeClock = Stopwatch.StartNew();
        // The navigation bar is the same on every page of a user: checked on the first page only.
        var violations = await Axe.AnalyzeAsync(page, axeRules, menus is null ? ["header"] : null);
        foreach (var rule in violations.Where(v => Axe.FailingImpacts.Contains(v.Impact)).GroupBy(v => (v.Rule, v.Impact, v.Help)))
        {
            var targets = rule.SelectMany(v => v.Targets).ToList();
            var more = targets.Count > 3 ? $" and {targets.Count - 3} more" : "";
            findings.Add(new Finding("axe", where,
                $"{rule.Key.Rule} ({rule.Key.Impact}), {rule.Key.Help}: {string.Join(" | ", targets.Take(3))}{more} ({rule.First().Summary})"));
        }
        var axeMilliseconds = axeClock.ElapsedMilliseconds;

        foreach (var width in Widths)
        {
            await page.SetViewportSizeAsync(width, Height);
            var overflow = await page.EvaluateAsync<JsonElement?>(Overflow);
            if (overflow is { ValueKind: JsonValueKind.Object } o)
                findings.Add(new Finding("overflow", where,
                    $"at {width}px the page is {o.GetProperty("scrollWidth").GetInt32()}px wide; sticking out: " +
                    string.Join("; ", o.GetProperty("culprits").EnumerateArray().Select(c => c.GetString()))));
            if (menus is not null)
                findings.AddRange(await menus(page, width));
        }

        var csp = await page.EvaluateAsync<string[]>("() => window.__cspViolations || []");
        foreach (var violation in csp.Distinct())
            findings.Add(new Finding("csp", where, violation));
        // Chromium logs each policy violation and each failed load as a console error too: reported once, above.
        foreach (var error in consoleErrors.Distinct())
            if (!(csp.Length > 0 && error.Contains("Content Security Policy")) && !(status >= 400 && error.Contains($"status of {status}") && error.Contains(finalAt)))
                findings.Add(new Finding("console", where, error));
        foreach (var error in serverErrors.Distinct())
            if (status < 500 || !error.EndsWith(page.Url, StringComparison.Ordinal))
                findings.Add(new Finding("5xx", where, error));

        return (new VisitResult(shape, where, depth, status, findings, clock.ElapsedMilliseconds, AxeMilliseconds: axeMilliseconds), links);
    }

    /// <summary>The page's width as laid out now (at least the viewport's).</summary>
    public static Task<int> WidthAsync(IPage page) =>
        page.EvaluateAsync<int>("() => Math.max(document.documentElement.scrollWidth, window.innerWidth)");

    /// <summary>The overflow check for an opened menu: a finding when opening it made the page wider than <paramref name="closedWidth"/>.</summary>
    public static async Task<IReadOnlyList<Finding>> OverflowAsync(IPage page, int width, string what, int closedWidth)
    {
        var overflow = await page.EvaluateAsync<JsonElement?>(Overflow);
        return overflow is { ValueKind: JsonValueKind.Object } o && o.GetProperty("scrollWidth").GetInt32() > closedWidth
            ? [new Finding("overflow", new Uri(page.Url).PathAndQuery,
                $"{what} at {width}px: the page is {o.GetProperty("scrollWidth").GetInt32()}px wide; sticking out: " +
                string.Join("; ", o.GetProperty("culprits").EnumerateArray().Select(c => c.GetString())))]
            : [];
    }

    /// <summary>
    /// A table of the pages visited, then every finding grouped by kind; a finding that is the same on
    /// several pages (the navigation bar's overflow) is listed once with the pages it was on.
    /// </summary>
    public static string Report(string title, IReadOnlyList<VisitResult> results, TimeSpan elapsed)
    {
        var text = new StringBuilder();
        var pages = results.Where(r => r.Shape != "(more)").ToList();
        var findings = results.SelectMany(r => r.Findings).ToList();
        text.AppendLine($"{title}: {pages.Count} pages in {elapsed.TotalSeconds:0.0} s (axe {pages.Sum(r => r.AxeMilliseconds) / 1000.0:0.0} s), {findings.Count} findings");
        text.AppendLine($"{"page",-48} {"depth",5} {"status",6} {"ms",6} {"axe ms",6} {"overflow",8} {"console",7} {"csp",4} {"5xx",4} {"4xx",4} {"axe",4}");
        foreach (var r in pages)
        {
            int Count(string kind) => r.Findings.Count(f => f.Kind == kind);
            var status = r.Skipped is null ? r.Status.ToString() : $"{r.Status} skipped ({r.Skipped})";
            text.AppendLine($"{r.Shape,-48} {r.Depth,5} {status,6} {r.Milliseconds,6} {r.AxeMilliseconds,6} {Count("overflow"),8} {Count("console"),7} {Count("csp"),4} {Count("5xx"),4} {Count("4xx"),4} {Count("axe"),4}");
        }
        foreach (var kind in findings.GroupBy(f => f.Kind).OrderBy(g => g.Key))
        {
            text.AppendLine().AppendLine($"== {kind.Key} ({kind.Count()})");
            foreach (var same in kind.GroupBy(f => f.Detail))
            {
                var where = same.Select(f => f.Url).Distinct().ToList();
                text.AppendLine(where.Count == 1
                    ? $"- {where[0]}: {same.Key}"
                    : $"- {same.Key}\n    on {where.Count} pages: {string.Join(", ", where)}");
            }
        }
        return text.ToString();
    }
}
