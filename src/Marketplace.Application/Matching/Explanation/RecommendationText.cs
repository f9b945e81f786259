using System.Globalization;
using Marketplace.Application.Common;
using Marketplace.Application.Funds;
using Marketplace.Application.Matching.Kernel;

namespace Marketplace.Application.Matching.Explanation;

/// <summary>
/// A recommendation's explanation in the reader's language (Messages "Matching.*"): one sentence per soft
/// factor, from its code and arguments, and one per hard rule passed (fund ↔ project rules through
/// <see cref="MandateFitText"/>, researcher ↔ position rules from "Matching.Rule.&lt;reason&gt;").
/// </summary>
public static class RecommendationText
{
    public static string FactorName(string code) => Text.Get("Matching.Factor." + code);

    public static string SideName(MatchSide side) => Text.Get("Matching.Side." + side.Kind());

    public static string Sentence(MatchFactor factor, RecommendationVocabulary names) => Say(factor, names).Text;

    /// <summary>
    /// The factor a one-line summary (the weekly digest) gives as the reason for a recommendation, to be
    /// said with <see cref="Sentence"/>: the largest positive contribution among the factors whose sentence
    /// does not say what the pair lacks. A factor can count for a pair and still say so ("No sector named
    /// in common.": a mandate open to every sector scores half), and that is no reason.
    /// </summary>
    public static MatchFactor? Reason(IEnumerable<MatchFactor> factors, RecommendationVocabulary names) =>
        factors.Where(f => f.Contribution > 0 && !Say(f, names).Lacks)
            // Nullable, so that no reason is null rather than MaxBy's error on an empty sequence of structs.
            .Select(f => (MatchFactor?)f).MaxBy(f => f!.Value.Contribution);

    /// <summary>A factor's sentence, and whether it says what the pair lacks (nothing in common, no location).</summary>
    private static (string Text, bool Lacks) Say(MatchFactor factor, RecommendationVocabulary names)
    {
        var lacks = false;
        string Lacking(string key)
        {
            lacks = true;
            return Text.Get("Matching.Say." + key);
        }
        var sentence = Compose();
        return (sentence, lacks);

        string Compose()
        {
            var args = factor.Arguments;
            T? First<T>() where T : FitArg => args.OfType<T>().FirstOrDefault();
            double? Number(string name) => args.OfType<NumberArg>().FirstOrDefault(n => n.Name == name)?.Value;
            string List(IEnumerable<string> items) => string.Join(Text.Get("Fit.ListSeparator"), items);
            string Codes(CodesArg? codes) => codes is null ? "" : MandateFitText.Render(codes, names.Fit);
            string Talent(TalentCodesArg? codes) => codes is null ? "" : List(codes.Codes.Select(c => names.Name(codes, c)));
            string Whole(double value) => value.ToString("N0", CultureInfo.CurrentCulture);

            switch (factor.Code)
            {
                case FactorCodes.Sector:
                    return First<CodesArg>() is { Codes.Count: > 0 } sectors
                        ? Text.Format("Matching.Say.sector", Codes(sectors))
                        : Lacking("sector-none");
                case FactorCodes.SectorFocus:
                {
                    var total = Number("mandate-sectors") ?? 0;
                    var shared = First<CodesArg>();
                    return total == 0
                        ? Text.Get("Matching.Say.sector-focus-any")
                        : Text.Format("Matching.Say.sector-focus", Whole(shared?.Codes.Count ?? 0), Whole(total));
                }
                case FactorCodes.Stage:
                    return Text.Format("Matching.Say.stage", Codes(First<CodesArg>()));
                case FactorCodes.TicketSize:
                {
                    var money = First<MoneyArg>();
                    var seeks = money is null ? "" : MandateFitText.Money(money.Amount, money.Currency);
                    return First<RangeArg>() is { } range && MandateFitText.Render(range, names.Fit) is { Length: > 0 } r
                        ? Text.Format("Matching.Say.ticket-size-range", seeks, r)
                        : Text.Format("Matching.Say.ticket-size", seeks);
                }
                case FactorCodes.Cluster:
                {
                    var clusters = args.OfType<CodesArg>().ToList();
                    if (Number("remote") is { } remote)
                    {
                        var where = clusters.Count > 0 ? Codes(clusters[0]) : null;
                        return (where, remote > 0) switch
                        {
                            (null, true) => Text.Get("Matching.Say.cluster-remote"),
                            (null, false) => Lacking("cluster-none"),
                            (_, true) => Text.Format("Matching.Say.cluster-in-remote", where),
                            _ => Text.Format("Matching.Say.cluster-in", where),
                        };
                    }
                    return clusters.Count switch
                    {
                        0 => Lacking("cluster-none"),
                        1 => Text.Format("Matching.Say.cluster-in", Codes(clusters[0])),
                        _ => Text.Format("Matching.Say.cluster-project-fund", Codes(clusters[0]), Codes(clusters[1])),
                    };
                }
                case FactorCodes.Text:
                    return First<TermsArg>() is { Terms.Count: > 0 } terms
                        ? Text.Format("Matching.Say.text", List(terms.Terms))
                        : Lacking("text-none");
                case FactorCodes.Freshness:
                    return Text.Format("Matching.Say.freshness", Whole(Number("days") ?? 0));
                case FactorCodes.Capacity:
                    return Number("capacity") is { } capacity
                        ? Text.Format("Matching.Say.capacity", Whole(Number("inbox") ?? 0), Whole(capacity))
                        : Text.Get("Matching.Say.capacity-none");
                case FactorCodes.ResearchArea:
                    return First<TalentCodesArg>() is { Codes.Count: > 0 } areas
                        ? Text.Format("Matching.Say.research-area", Talent(areas))
                        : Lacking("research-area-none");
                case FactorCodes.PositionType:
                    return Text.Format("Matching.Say.position-type", Talent(First<TalentCodesArg>()));
                case FactorCodes.Skills:
                    return First<TalentCodesArg>() is { Codes.Count: > 0 } skills
                        ? Text.Format("Matching.Say.skills", Talent(skills))
                        : Lacking("skills-none");
                case FactorCodes.Requirements:
                {
                    var parts = new List<string>();
                    if (args.OfType<TalentCodesArg>().FirstOrDefault(a => a.Kind == TalentCodesArg.Degree) is { } degree)
                        parts.Add(degree.Codes.Count > 1
                            ? Text.Format("Matching.Say.degree-held", names.Name(degree, degree.Codes[0]), names.Name(degree, degree.Codes[1]))
                            : Text.Format("Matching.Say.degree", names.Name(degree, degree.Codes[0])));
                    if (Number("min-years") is { } minYears)
                        parts.Add(Number("years") is { } years
                            ? Text.Format("Matching.Say.years-held", Whole(minYears), Whole(years))
                            : Text.Format("Matching.Say.years", Whole(minYears)));
                    return parts.Count == 0 ? Text.Get("Matching.Say.requirements-none") : string.Join(" ", parts);
                }
                case FactorCodes.SimilarToSaved:
                    return Text.Get("Matching.Say.similar-to-saved");
                case FactorCodes.SimilarToDismissed:
                    return First<FeedbackArg>() is { Reason: { } reason }
                        ? Text.Format("Matching.Say.similar-to-dismissed-reason", Text.Get("DismissReason." + reason))
                        : Text.Get("Matching.Say.similar-to-dismissed");
                default:
                    return FactorName(factor.Code);
            }
        }
    }

    /// <summary>A hard rule the pair passed, as a sentence.</summary>
    public static string Rule(RuleOutcome outcome, RecommendationVocabulary names)
    {
        if (!TalentRules.All.Contains(outcome.Rule))
            return outcome.Text(names.Fit);
        var args = outcome.Arguments.Select(a => (object)(a switch
        {
            DateArg date => Dates.Day(date.Date),
            TalentCodesArg codes => string.Join(Text.Get("Fit.ListSeparator"), codes.Codes.Select(c => names.Name(codes, c))),
            _ => MandateFitText.Render(a, names.Fit),
        })).ToArray();
        return string.Format(CultureInfo.CurrentCulture, Text.Get("Matching.Rule." + outcome.Reason), args);
    }
}
