using System.Runtime.InteropServices;
using JiebaNet.Segmenter;
using Marketplace.Domain.Common;

namespace Marketplace.Application.Matching;

/// <summary>
/// Turns descriptions into terms for text similarity. Runs of Han characters are segmented by
/// jieba.NET (dictionary and HMM for unknown words); runs of Latin letters and digits become
/// lower-case words with a plural "s" taken off. Stop words (jieba's list, Chinese and English)
/// and one-letter Latin words are dropped; so are words of digits only.
/// <para>
/// jieba.NET reads its dictionary from files: the Application project copies them from the package
/// to <c>jieba/</c> beside the assemblies of every app and test that references it, and this class
/// points jieba's <c>ConfigManager.ConfigFileBaseDir</c> there (no absolute path is configured).
/// When the files are missing, Chinese falls back to overlapping character pairs (bigrams), and
/// <see cref="ChineseSegmentation"/> says so.
/// </para>
/// </summary>
public static class TextAnalyzer
{
    public const string Jieba = "jieba";
    public const string Bigrams = "bigrams";

    private static readonly Lazy<Segmenter> State = new(Create, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Where jieba's files are looked for (set before the first use to move them).</summary>
    public static string DictionaryDirectory { get; set; } = Path.Combine(AppContext.BaseDirectory, "jieba");

    /// <summary>How Chinese is segmented here: <see cref="Jieba"/>, or <see cref="Bigrams"/> when jieba's files were not found.</summary>
    public static string ChineseSegmentation => State.Value.Jieba is null ? Bigrams : Jieba;

    public static List<string> Tokenize(LocalizedText? first, LocalizedText? second = null)
    {
        var terms = new List<string>();
        Tokenize(first?.En, terms);
        Tokenize(first?.Zh, terms);
        Tokenize(second?.En, terms);
        Tokenize(second?.Zh, terms);
        return terms;
    }

    public static void Tokenize(string? text, List<string> terms)
    {
        if (string.IsNullOrWhiteSpace(text))
            return;
        var state = State.Value;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            var start = i;
            if (IsHan(c))
            {
                while (i < text.Length && IsHan(text[i]))
                    i++;
                AddChinese(state, text.AsSpan(start, i - start), terms);
            }
            else if (char.IsAsciiLetterOrDigit(c) || char.IsLetter(c) && c < 0x2E80)
            {
                while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || char.IsLetter(text[i]) && text[i] < 0x2E80))
                    i++;
                AddWord(state, text.AsSpan(start, i - start), terms);
            }
            else
                i++;
        }
    }

    private static void AddChinese(Segmenter state, ReadOnlySpan<char> run, List<string> terms)
    {
        if (state.Jieba is { } jieba)
        {
            foreach (var word in jieba.Cut(run.ToString(), cutAll: false, hmm: true))
                if (!state.StopWords.Contains(word))
                    terms.Add(word);
            return;
        }
        if (run.Length == 1)
        {
            var single = run.ToString();
            if (!state.StopWords.Contains(single))
                terms.Add(single);
            return;
        }
        for (var j = 0; j + 1 < run.Length; j++)
            terms.Add(run.Slice(j, 2).ToString());
    }

    private static void AddWord(Segmenter state, ReadOnlySpan<char> word, List<string> terms)
    {
        if (word.Length < 2)
            return;
        var digits = true;
        foreach (var ch in word)
            digits &= char.IsAsciiDigit(ch);
        if (digits)
            return;
        var lower = word.ToString().ToLowerInvariant();
        if (state.StopWords.Contains(lower))
            return;
        // "models" and "model" are one term; "ss" (process), "us" (status) and "is" (analysis) endings keep theirs.
        if (lower.Length > 3 && lower[^1] == 's' && lower[^2] is not ('s' or 'u' or 'i'))
            lower = lower[..^1];
        terms.Add(lower);
    }

    private static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\uF900' and <= '\uFAFF';

    private static Segmenter Create()
    {
        var directory = DictionaryDirectory;
        var stopWords = new HashSet<string>(StringComparer.Ordinal);
        var stopFile = Path.Combine(directory, "stopwords.txt");
        if (File.Exists(stopFile))
            foreach (var line in File.ReadLines(stopFile))
                if (line.Trim().TrimStart('\uFEFF') is { Length: > 0 } word)
                    stopWords.Add(word);
        foreach (var word in FallbackStopWords)
            stopWords.Add(word);
        var hasDictionary = File.Exists(Path.Combine(directory, "dict.txt"))
            && File.Exists(Path.Combine(directory, "prob_trans.json")) && File.Exists(Path.Combine(directory, "prob_emit.json"));
        if (!hasDictionary)
            return new Segmenter(null, stopWords);
        ConfigManager.ConfigFileBaseDir = directory;
        var jieba = new JiebaSegmenter();
        // Load the dictionary and the HMM now, on this thread, rather than inside the first parallel chunk.
        _ = jieba.Cut("预热词典", cutAll: false, hmm: true).Count();
        return new Segmenter(jieba, stopWords);
    }

    /// <summary>Kept even without jieba's list, so English and the commonest Chinese particles are always dropped.</summary>
    private static readonly string[] FallbackStopWords =
    [
        "a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "has", "have", "in", "into", "is", "it", "its",
        "of", "on", "or", "our", "that", "the", "their", "this", "to", "was", "we", "were", "which", "with", "you", "your",
        "的", "了", "和", "与", "及", "在", "是", "为", "对", "等", "我们", "并", "或", "也", "将", "把", "被", "以", "之",
    ];

    private sealed record Segmenter(JiebaSegmenter? Jieba, HashSet<string> StopWords);
}

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
