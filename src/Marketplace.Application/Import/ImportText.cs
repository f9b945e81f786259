using Marketplace.Application.Common;

namespace Marketplace.Application.Import;

internal static class ImportText
{
    public static string UnknownCode(string? value, IEnumerable<string> codes) =>
        Text.Format("Import.UnknownCode", value ?? "", string.Join(", ", codes));
}
