using System.Runtime.InteropServices;

namespace Marketplace.Application.Matching.Kernel;

/// <summary>
/// The vocabulary and inverse document frequencies of one market's descriptions (both sides), and
/// its documents as sparse TF-IDF vectors: weight = (1 + ln tf) × idf, idf = ln((N + 1) / (df + 1)) + 1,
/// the highest <see cref="MatchingWeights.MaxTextTerms"/> terms kept, L2-normalised. Similarity is the
/// cosine, in [0, 1]. Terms a later subject brings that the model does not know count in its norm
/// (as the rarest terms) but match nothing.
/// </summary>
internal sealed class TextModel
{
    private readonly Dictionary<string, int> ids;

    private TextModel(Dictionary<string, int> ids, string[] terms, float[] idf, float unknownIdf, int maxTerms)
    {
        this.ids = ids;
        Terms = terms;
        Idf = idf;
        UnknownIdf = unknownIdf;
        MaxTerms = maxTerms;
    }

    public string[] Terms { get; }
    public float[] Idf { get; }
    public float UnknownIdf { get; }
    public int MaxTerms { get; }
    public int Size => Terms.Length;

    /// <summary>
    /// Tokenizes <paramref name="count"/> documents in parallel into ids of <paramref name="table"/>: one
    /// string per distinct word instead of one per occurrence, so a market of 250,000 descriptions is not
    /// held as millions of strings. <see cref="Build"/> turns the ids into the model's term ids.
    /// </summary>
    public static int[][] TokenizeAll(int count, Func<int, List<string>> tokenize, CodeTable table)
    {
        var result = new int[count][];
        Parallel.For(0, count, i =>
        {
            var words = tokenize(i);
            var ids = new int[words.Count];
            for (var j = 0; j < ids.Length; j++)
                ids[j] = table.Id(words[j]);
            result[i] = ids;
        });
        return result;
    }

    /// <summary>
    /// The model of the documents of every side (in order; tokenized into <paramref name="table"/>), whose
    /// ids are rewritten in place into term ids: numbered by first occurrence, document after document.
    /// </summary>
    public static TextModel Build(CodeTable table, IReadOnlyList<int[][]> sides, int maxTerms)
    {
        var map = new int[table.Count];
        Array.Fill(map, -1);
        var words = new List<string>();
        var df = new List<int>();
        var lastDoc = new List<int>();
        var d = 0;
        foreach (var documents in sides)
            foreach (var document in documents)
            {
                for (var j = 0; j < document.Length; j++)
                {
                    ref var id = ref map[document[j]];
                    if (id < 0)
                    {
                        id = words.Count;
                        words.Add(table.Code(document[j]));
                        df.Add(0);
                        lastDoc.Add(-1);
                    }
                    document[j] = id;
                    if (lastDoc[id] != d)
                    {
                        lastDoc[id] = d;
                        df[id]++;
                    }
                }
                d++;
            }
        var idf = new float[df.Count];
        for (var t = 0; t < idf.Length; t++)
            idf[t] = (float)(Math.Log((d + 1d) / (df[t] + 1d)) + 1d);
        var ids = new Dictionary<string, int>(words.Count, StringComparer.Ordinal);
        for (var t = 0; t < words.Count; t++)
            ids[words[t]] = t;
        return new TextModel(ids, [.. words], idf, (float)(Math.Log(d + 1d) + 1d), maxTerms);
    }

    /// <summary>
    /// Documents outside the model (a later subject) as term ids; a word the model does not know gets a
    /// negative id of its own within its document, so it counts in the norm and matches nothing.
    /// </summary>
    public int[][] TokenizeOutside(int count, Func<int, List<string>> tokenize)
    {
        var result = new int[count][];
        Parallel.For(0, count, i =>
        {
            var words = tokenize(i);
            var ids = new int[words.Count];
            Dictionary<string, int>? unknown = null;
            for (var j = 0; j < ids.Length; j++)
            {
                if (this.ids.TryGetValue(words[j], out var id))
                    ids[j] = id;
                else
                {
                    unknown ??= new Dictionary<string, int>(StringComparer.Ordinal);
                    ref var u = ref CollectionsMarshal.GetValueRefOrAddDefault(unknown, words[j], out var exists);
                    if (!exists)
                        u = -1 - (unknown.Count - 1);
                    ids[j] = u;
                }
            }
            result[i] = ids;
        });
        return result;
    }

    /// <summary>Vectors of the documents (term ids, see <see cref="Build"/> and <see cref="TokenizeOutside"/>) in CSR form, term ids ascending within each document.</summary>
    public SparseVectors Vectorize(int[][] documents)
    {
        var starts = new int[documents.Length + 1];
        var vectors = new (int[] Terms, float[] Weights)[documents.Length];
        Parallel.For(0, documents.Length, () => new Dictionary<int, int>(), (d, _, counts) =>
        {
            vectors[d] = Vector(documents[d], counts);
            return counts;
        }, _ => { });
        for (var d = 0; d < documents.Length; d++)
            starts[d + 1] = starts[d] + vectors[d].Terms.Length;
        var allTerms = new int[starts[^1]];
        var allWeights = new float[starts[^1]];
        for (var d = 0; d < documents.Length; d++)
        {
            vectors[d].Terms.CopyTo(allTerms, starts[d]);
            vectors[d].Weights.CopyTo(allWeights, starts[d]);
        }
        return new SparseVectors(starts, allTerms, allWeights);
    }

    private (int[] Terms, float[] Weights) Vector(int[] tokens, Dictionary<int, int> counts)
    {
        counts.Clear();
        foreach (var token in tokens)
            counts[token] = counts.GetValueOrDefault(token) + 1;
        var weighted = new List<(int Term, double Weight)>(counts.Count);
        foreach (var (term, count) in counts)
            weighted.Add(term >= 0 ? (term, (1 + Math.Log(count)) * Idf[term]) : (-1, (1 + Math.Log(count)) * UnknownIdf));
        weighted.Sort((a, b) => b.Weight != a.Weight ? b.Weight.CompareTo(a.Weight) : a.Term.CompareTo(b.Term));
        if (weighted.Count > MaxTerms)
            weighted.RemoveRange(MaxTerms, weighted.Count - MaxTerms);
        var norm = Math.Sqrt(weighted.Sum(w => w.Weight * w.Weight));
        var kept = weighted.Where(w => w.Term >= 0).OrderBy(w => w.Term).ToList();
        return ([.. kept.Select(w => w.Term)], [.. kept.Select(w => norm > 0 ? (float)(w.Weight / norm) : 0f)]);
    }
}
