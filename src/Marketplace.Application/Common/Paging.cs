using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Common;

public static class Paging
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    public static int Page(int? page) => page is > 0 ? page.Value : 1;

    public static int Size(int? size) => size is > 0 ? Math.Min(size.Value, MaxPageSize) : DefaultPageSize;

    public static async Task<PagedList<T>> ToPagedListAsync<T>(this IQueryable<T> query, int? page, int? pageSize, CancellationToken ct)
    {
        var p = Page(page);
        var s = Size(pageSize);
        var total = await query.CountAsync(ct);
        var items = await query.Skip((p - 1) * s).Take(s).ToListAsync(ct);
        return new PagedList<T>(items, p, s, total);
    }
}
