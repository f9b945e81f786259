namespace Marketplace.UnitTests.Architecture;

/// <summary>One public type per file, named after it (issue 12): a type is found by its name, and a diff says what it touches.</summary>
public sealed class OneTypePerFileTests
{
    private static IEnumerable<string> Checked => SourceFiles.All;

    [Fact]
    public void A_file_under_src_declares_at_most_one_public_type()
    {
        var crowded = Checked
            .Select(f => (File: f, Types: SourceFiles.TopLevelPublicTypes(SourceFiles.Read(f))))
            .Where(x => x.Types.Count > 1)
            .Select(x => $"{x.File} ({string.Join(", ", x.Types)})")
            .ToList();

        Assert.True(crowded.Count == 0, "Files with more than one public type (give each its own file):\n" + string.Join("\n", crowded));
    }

    [Fact]
    public void A_file_is_named_after_its_public_type()
    {
        // "MatchingEngine.Talent.cs" is a part of the partial class MatchingEngine: the name before the first dot counts.
        var misnamed = Checked
            .Select(f => (File: f, Types: SourceFiles.TopLevelPublicTypes(SourceFiles.Read(f))))
            .Where(x => x.Types.Count == 1 && Path.GetFileName(x.File).Split('.')[0] != x.Types[0])
            .Select(x => $"{x.File} ({x.Types[0]})")
            .ToList();

        Assert.True(misnamed.Count == 0, "Files not named after their public type:\n" + string.Join("\n", misnamed));
    }

    [Fact]
    public void Every_file_uses_a_file_scoped_namespace()
    {
        // The two rules above find top-level types at the start of a line: a block namespace would hide them.
        var block = SourceFiles.All.Where(f => SourceFiles.HasBlockNamespace(SourceFiles.Read(f))).ToList();
        Assert.True(block.Count == 0, "Block-scoped namespaces: " + string.Join(", ", block));
    }

    [Fact]
    public void The_scan_reads_the_source_tree_and_sees_every_kind_of_declaration()
    {
        Assert.True(SourceFiles.All.Count > 300, $"Only {SourceFiles.All.Count} files found under {SourceFiles.SourceRoot}");
        Assert.Contains("Marketplace.Application/Common/Behaviors/UseCasePipeline.cs", SourceFiles.All);
        Assert.DoesNotContain(SourceFiles.All, f => f.Contains("/obj/", StringComparison.Ordinal));

        const string sample = """
            namespace Sample;

            /// <summary>Doc.</summary>
            public sealed record Command(int Id);
            public static class Use
            {
                public sealed class Nested;
            }
            public readonly record struct Point(int X);
            public abstract partial class Base<T> where T : class;
            public enum Kind { A }
            public interface IThing;
            public delegate Task<int> Work(int x);
            internal sealed class Hidden;
            public class Base;
            """;
        Assert.Equal(["Command", "Use", "Point", "Base", "Kind", "IThing", "Work"], SourceFiles.TopLevelPublicTypes(sample));
        Assert.True(SourceFiles.HasBlockNamespace("namespace Sample\n{\n}\n"));
        Assert.False(SourceFiles.HasBlockNamespace(sample));
    }
}
