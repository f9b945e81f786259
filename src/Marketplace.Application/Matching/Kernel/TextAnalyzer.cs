using JiebaNet.Segmenter;
using Marketplace.Domain.Common;

namespace Marketplace.Application.Matching.Kernel;

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
