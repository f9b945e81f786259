namespace Marketplace.Application.Matching.Explanation;

/// <summary>
/// Scores as pages show them: points (the score × 100) with one decimal. Each factor's points are cut
/// down to a tenth, then the tenths still missing go to the largest remainders, so what the "why"
/// panel lists adds up to the total it shows.
/// </summary>
public static class ScorePoints
{
    public static (decimal Total, decimal[] Factors) Of(decimal score, IReadOnlyList<decimal> contributions)
    {
        var total = (long)Math.Round(score * 1000, MidpointRounding.ToEven);
        var units = new long[contributions.Count];
        var remainders = new decimal[contributions.Count];
        long sum = 0;
        for (var i = 0; i < units.Length; i++)
        {
            var scaled = contributions[i] * 1000;
            units[i] = (long)Math.Floor(scaled);
            remainders[i] = scaled - units[i];
            sum += units[i];
        }
        var order = Enumerable.Range(0, units.Length).OrderByDescending(i => remainders[i]).ThenBy(i => i).ToArray();
        for (var j = 0; sum < total && order.Length > 0; j = (j + 1) % order.Length, sum++)
            units[order[j]]++;
        for (var j = order.Length - 1; sum > total && order.Length > 0; j = (j + order.Length - 1) % order.Length, sum--)
            units[order[j]]--;
        return (total / 10m, units.Select(u => u / 10m).ToArray());
    }
}
