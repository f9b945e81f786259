using System.Text.RegularExpressions;

namespace Marketplace.UnitTests.Architecture;

/// <summary>The C# files of the repository's src/ folder, read as text.</summary>
public static partial class SourceFiles
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string SourceRoot => Path.Combine(RepositoryRoot, "src");

    /// <summary>Every .cs file under src/ but build output, as a path relative to src/ with forward slashes.</summary>
    public static IReadOnlyList<string> All { get; } = Directory
        .EnumerateFiles(SourceRoot, "*.cs", SearchOption.AllDirectories)
        .Select(f => Path.GetRelativePath(SourceRoot, f).Replace('\\', '/'))
        .Where(f => !f.Split('/').Any(part => part is "bin" or "obj"))
        .Order(StringComparer.Ordinal)
        .ToList();

    public static string Read(string relativePath) => File.ReadAllText(Path.Combine(SourceRoot, relativePath));

    /// <summary>
    /// The public types a file declares at the top level, by name (a generic and its non-generic namesake count once).
    /// Top level means at the start of a line: every file uses a file-scoped namespace, so nested types are indented.
    /// </summary>
    public static IReadOnlyList<string> TopLevelPublicTypes(string source) =>
        TopLevelPublicType().Matches(source).Select(m => m.Groups["name"].Value).Distinct(StringComparer.Ordinal).ToList();

    public static bool HasBlockNamespace(string source) => BlockNamespace().IsMatch(source);

    [GeneratedRegex(@"^public\s+(?:(?:sealed|static|abstract|partial|readonly|ref|unsafe|new)\s+)*(?:record\s+struct|record\s+class|record|class|interface|enum|struct|delegate\s+[\w<>\[\],?.() ]+?)\s+(?<name>\w+)", RegexOptions.Multiline)]
    private static partial Regex TopLevelPublicType();

    [GeneratedRegex(@"^namespace\s+[\w.]+\s*(?:\{|$)", RegexOptions.Multiline)]
    private static partial Regex BlockNamespace();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Marketplace.sln")))
                return dir.FullName;
        throw new InvalidOperationException("No Marketplace.sln above " + AppContext.BaseDirectory);
    }
}
