using System.Text.Json;
using Marketplace.Infrastructure;
using Microsoft.Playwright;

namespace Marketplace.BrowserTests.Infrastructure;

/// <summary>One node axe-core found breaking a rule: the rule, its impact, where, and what axe says to fix.</summary>
public sealed record AxeViolation(string Rule, string Impact, string Help, IReadOnlyList<string> Targets, string Summary);

/// <summary>
/// axe-core from npm (package.json's devDependencies, node_modules/axe-core at the repository root),
/// evaluated in the page through the DevTools protocol: the page's content security policy
/// (<c>script-src 'self'</c>) does not apply to that, so the check neither is blocked by the policy nor
/// weakens it (no BypassCSP, no inline script tag), and the page's own violations are still reported.
/// </summary>
public static class Axe
{
    /// <summary>WCAG 2.0 and 2.1, levels A and AA.</summary>
    public static readonly string[] Tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    /// <summary>The impacts that fail a page.</summary>
    public static readonly string[] FailingImpacts = ["serious", "critical"];

    private static readonly Lazy<string> Source = new(() =>
    {
        var path = Path.Combine(ContentRoot.Find(), "node_modules", "axe-core", "axe.min.js");
        if (!File.Exists(path))
            throw new InvalidOperationException($"No axe-core at {path}: the build's `npm ci` installs it from package.json.");
        return File.ReadAllText(path);
    });

    /// <summary>
    /// The rules about the page's language: what a second language can break that the first did not (the
    /// markup and colours are the same), and all the Chinese sweep runs, which keeps it fast.
    /// </summary>
    public static readonly string[] LanguageRules = ["html-has-lang", "html-lang-valid", "html-xml-lang-mismatch", "valid-lang"];

    private const string Run = """
        async ([tags, rules, exclude]) => {
            const context = exclude.length ? { include: [document], exclude: exclude.map(s => [s]) } : document;
            const runOnly = rules.length ? { type: 'rule', values: rules } : { type: 'tag', values: tags };
            const result = await axe.run(context, { runOnly, resultTypes: ['violations'] });
            return result.violations.flatMap(v => v.nodes.map(n => ({
                rule: v.id,
                impact: n.impact || v.impact || '',
                help: v.help,
                targets: n.target.map(t => Array.isArray(t) ? t.join(' >> ') : String(t)),
                summary: (n.failureSummary || '').replace(/\s+/g, ' ').trim(),
            })));
        }
        """;

    /// <summary>
    /// Every violation (any impact) of the WCAG 2.1 A/AA rules, or of the given <paramref name="rules"/>
    /// alone, on the page as it is now, outside the elements the <paramref name="exclude"/> selectors match.
    /// </summary>
    public static async Task<IReadOnlyList<AxeViolation>> AnalyzeAsync(IPage page, IReadOnlyList<string>? rules = null, IReadOnlyList<string>? exclude = null)
    {
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
            await page.EvaluateAsync($"() => {{ {Source.Value}\n }}");
        var json = await page.EvaluateAsync<JsonElement>(Run, new object[] { Tags, rules ?? [], exclude ?? [] });
        return json.EnumerateArray().Select(v => new AxeViolation(
            v.GetProperty("rule").GetString()!,
            v.GetProperty("impact").GetString()!,
            v.GetProperty("help").GetString()!,
            v.GetProperty("targets").EnumerateArray().Select(t => t.GetString()!).ToList(),
            v.GetProperty("summary").GetString()!)).ToList();
    }
}
