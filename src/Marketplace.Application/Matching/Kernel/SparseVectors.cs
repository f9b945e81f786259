namespace Marketplace.Application.Matching.Kernel;

/// <summary>Sparse unit vectors in CSR form.</summary>
internal sealed class SparseVectors(int[] starts, int[] terms, float[] weights)
{
    public int Count => starts.Length - 1;
    public ReadOnlySpan<int> Terms(int d) => terms.AsSpan(starts[d], starts[d + 1] - starts[d]);
    public ReadOnlySpan<float> Weights(int d) => weights.AsSpan(starts[d], starts[d + 1] - starts[d]);

    /// <summary>Writes document <paramref name="d"/> into a dense scratch array (clear it with <see cref="Clear"/>).</summary>
    public void Scatter(int d, float[] dense)
    {
        var t = Terms(d);
        var w = Weights(d);
        for (var i = 0; i < t.Length; i++)
            dense[t[i]] = w[i];
    }

    public void Clear(int d, float[] dense)
    {
        foreach (var t in Terms(d))
            dense[t] = 0;
    }

    /// <summary>The cosine of document <paramref name="d"/> with the vector scattered in <paramref name="dense"/>, summed in term order.</summary>
    public double Dot(int d, float[] dense)
    {
        var t = Terms(d);
        var w = Weights(d);
        double sum = 0;
        for (var i = 0; i < t.Length; i++)
            sum += w[i] * dense[t[i]];
        return sum;
    }

    /// <summary>The same sum as <see cref="Dot(int, float[])"/> against another set's document, without a scratch array.</summary>
    public double Dot(int d, SparseVectors other, int o)
    {
        var t = Terms(d);
        var w = Weights(d);
        var ot = other.Terms(o);
        var ow = other.Weights(o);
        double sum = 0;
        for (var i = 0; i < t.Length; i++)
        {
            var j = ot.BinarySearch(t[i]);
            sum += w[i] * (j >= 0 ? ow[j] : 0f);
        }
        return sum;
    }

    /// <summary>Shared terms as words (at most <paramref name="max"/>), the heaviest product first (ties: the lower term id).</summary>
    public string[] SharedWords(int d, SparseVectors other, int o, int max, string[] words)
    {
        var t = Terms(d);
        var w = Weights(d);
        var ot = other.Terms(o);
        var ow = other.Weights(o);
        // The best max by insertion: a description keeps a few dozen terms at most.
        Span<int> best = stackalloc int[max];
        Span<float> products = stackalloc float[max];
        var count = 0;
        for (int i = 0, j = 0; i < t.Length && j < ot.Length;)
        {
            if (t[i] < ot[j])
                i++;
            else if (t[i] > ot[j])
                j++;
            else
            {
                var product = w[i] * ow[j];
                // Terms come in ascending id order, so an equal product never displaces an earlier term.
                var at = count;
                while (at > 0 && products[at - 1] < product)
                    at--;
                if (at < max)
                {
                    var last = Math.Min(count, max - 1);
                    for (var k = last; k > at; k--)
                    {
                        best[k] = best[k - 1];
                        products[k] = products[k - 1];
                    }
                    best[at] = t[i];
                    products[at] = product;
                    count = Math.Min(count + 1, max);
                }
                i++;
                j++;
            }
        }
        if (count == 0)
            return [];
        var result = new string[count];
        for (var k = 0; k < count; k++)
            result[k] = words[best[k]];
        return result;
    }
}
