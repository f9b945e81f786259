namespace Marketplace.Application.Matching.Kernel;

internal readonly record struct Mask128(ulong Low, ulong High);
