namespace Marketplace.Application.Matching.Recompute;

/// <summary>How a full generation is split into chunks: by a stable hash of each subject's id, so a resumed run splits the same way.</summary>
public static class RecomputeChunks
{
    public const int SubjectsPerChunk = 2000;

    public static int Count(int subjects) => Math.Max(1, (subjects + SubjectsPerChunk - 1) / SubjectsPerChunk);

    public static int Of(Guid id, int count)
    {
        Span<byte> bytes = stackalloc byte[16];
        id.TryWriteBytes(bytes);
        return (int)(BitConverter.ToUInt32(bytes) % (uint)count);
    }
}
