using Microsoft.EntityFrameworkCore;

namespace Marketplace.Application.Common;

/// <summary>
/// Which unique key a failed save broke, for use cases that turn a race into a clear answer instead
/// of a 500. PostgreSQL names the key or index in its message; SQLite names the table's columns.
/// </summary>
public static class UniqueViolations
{
    /// <summary>
    /// Whether <paramref name="exception"/> (or an inner one) reports the key PostgreSQL calls
    /// <paramref name="postgresName"/>, or SQLite's "UNIQUE constraint failed: <paramref name="sqliteColumns"/>".
    /// </summary>
    public static bool Broke(DbUpdateException exception, string postgresName, string sqliteColumns)
    {
        for (Exception? e = exception.InnerException; e is not null; e = e.InnerException)
            if (e.Message.Contains(postgresName, StringComparison.Ordinal)
                || e.Message.Contains("UNIQUE constraint failed: " + sqliteColumns, StringComparison.Ordinal))
                return true;
        return false;
    }
}
