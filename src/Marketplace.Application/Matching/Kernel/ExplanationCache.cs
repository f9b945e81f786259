using System.Collections.Concurrent;

namespace Marketplace.Application.Matching.Kernel;

/// <summary>
/// Arguments and rule outcomes that many recommendations share, made once per market and handed out
/// as the same immutable instances. A full recompute keeps a chunk's recommendations alive until the
/// chunk is written: the fewer objects each one holds, the less the collector copies and the smaller
/// the process stays. Entries are fixed by their keys, so a race only builds an equal value twice.
/// </summary>
internal sealed class ExplanationCache
{
    private readonly ConcurrentDictionary<(int Kind, int A, int B), IReadOnlyList<FitArg>> lists = new();
    private readonly ConcurrentDictionary<OutcomeKey, RuleOutcome> outcomes = new();

    /// <summary>A list of arguments fixed by (kind, a, b), made by <paramref name="make"/> the first time.</summary>
    public IReadOnlyList<FitArg> Args<TState>(int kind, int a, int b, TState state, Func<TState, IReadOnlyList<FitArg>> make) =>
        lists.TryGetValue((kind, a, b), out var list) ? list : lists.GetOrAdd((kind, a, b), make(state));

    /// <summary>
    /// The outcomes with every one that has no arguments, or a single code as its only argument,
    /// replaced by a shared equal instance (the rest, a ticket or several sectors, stay as they are).
    /// </summary>
    public RuleOutcome[] Intern(IReadOnlyList<RuleOutcome> rules)
    {
        var result = new RuleOutcome[rules.Count];
        for (var i = 0; i < result.Length; i++)
        {
            var o = rules[i];
            OutcomeKey? key = o.Arguments.Count switch
            {
                0 => new OutcomeKey(o.Rule, o.Passed, o.Reason, null, null),
                1 when o.Arguments[0] is CodesArg { Codes.Count: 1 } c => new OutcomeKey(o.Rule, o.Passed, o.Reason, c.Kind, c.Codes[0]),
                _ => null,
            };
            result[i] = key is { } k ? outcomes.TryGetValue(k, out var shared) ? shared : outcomes.GetOrAdd(k, o) : o;
        }
        return result;
    }

    /// <summary>A rule outcome fixed by its key (made by <paramref name="make"/> the first time); see <see cref="Intern"/>.</summary>
    public RuleOutcome Outcome<TState>(string rule, string reason, FitCodeKind? kind, string? code, TState state, Func<TState, RuleOutcome> make) =>
        outcomes.TryGetValue(new OutcomeKey(rule, true, reason, kind, code), out var shared)
            ? shared
            : outcomes.GetOrAdd(new OutcomeKey(rule, true, reason, kind, code), make(state));

    private readonly record struct OutcomeKey(string Rule, bool Passed, string Reason, FitCodeKind? Kind, string? Code);
}
