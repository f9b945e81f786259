using System.Data.Common;
using System.Text;
using Marketplace.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Marketplace.Infrastructure.Persistence;

/// <summary>
/// Inserts many rows of one entity type in the context's current transaction without the change
/// tracker: PostgreSQL by binary COPY, SQLite by one prepared multi-row INSERT. Table, columns and
/// value conversions come from the EF model (the same parameters EF would send), so what is written
/// reads back through EF unchanged. For derived rows only (recommendations): audited entities are
/// refused, because the audit and recompute interceptors never see these rows.
/// </summary>
internal static class BulkInsert
{
    /// <summary>Rows per SQLite statement: 100 rows of a dozen columns stay far below SQLite's parameter limit.</summary>
    private const int RowsPerStatement = 100;

    public static async Task InsertAsync<TEntity>(DbContext db, IReadOnlyList<TEntity> rows, CancellationToken ct)
        where TEntity : class
    {
        if (typeof(IAudited).IsAssignableFrom(typeof(TEntity)))
            throw new InvalidOperationException($"{typeof(TEntity).Name} is audited: insert it through the change tracker.");
        if (rows.Count == 0)
            return;
        var entity = db.Model.FindEntityType(typeof(TEntity)) ?? throw new InvalidOperationException($"{typeof(TEntity).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        // Every column but a generated key.
        var columns = entity.GetProperties()
            .Where(p => !(p.IsPrimaryKey() && p.ValueGenerated != ValueGenerated.Never))
            .Select(p => new Column(p, p.GetColumnName(table)!, p.GetRelationalTypeMapping()))
            .ToArray();
        var tableName = sql.DelimitIdentifier(table.Name, table.Schema);
        var columnList = string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.Name)));

        await db.Database.OpenConnectionAsync(ct);
        try
        {
            var connection = db.Database.GetDbConnection();
            var transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            if (connection is NpgsqlConnection npgsql)
                await CopyAsync(npgsql, tableName, columnList, columns, rows, ct);
            else
                await InsertRowsAsync(connection, transaction, tableName, columnList, columns, rows, ct);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task CopyAsync<TEntity>(
        NpgsqlConnection connection, string table, string columnList, Column[] columns, IReadOnlyList<TEntity> rows, CancellationToken ct)
    {
        // COPY runs on the connection, inside the transaction it has open.
        await using var importer = await connection.BeginBinaryImportAsync($"COPY {table} ({columnList}) FROM STDIN (FORMAT BINARY)", ct);
        foreach (var row in rows)
        {
            await importer.StartRowAsync(ct);
            foreach (var column in columns)
            {
                var value = column.ProviderValue(row!);
                var type = column.Mapping.StoreType;
                var write = value switch
                {
                    null => importer.WriteNullAsync(ct),
                    Guid v => importer.WriteAsync(v, type, ct),
                    long v => importer.WriteAsync(v, type, ct),
                    int v => importer.WriteAsync(v, type, ct),
                    double v => importer.WriteAsync(v, type, ct),
                    bool v => importer.WriteAsync(v, type, ct),
                    string v => importer.WriteAsync(v, type, ct),
                    DateTime v => importer.WriteAsync(v, type, ct),
                    _ => throw new NotSupportedException($"Bulk insert of {value.GetType().Name} ({column.Name}) is not supported."),
                };
                await write;
            }
        }
        await importer.CompleteAsync(ct);
    }

    private static async Task InsertRowsAsync<TEntity>(
        DbConnection connection, DbTransaction? transaction, string table, string columnList, Column[] columns, IReadOnlyList<TEntity> rows, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        var prepared = 0;
        for (var start = 0; start < rows.Count; start += RowsPerStatement)
        {
            var count = Math.Min(RowsPerStatement, rows.Count - start);
            if (count != prepared)
            {
                // The same text for every full batch: SQLite prepares it once.
                command.CommandText = InsertSql(table, columnList, columns.Length, count);
                prepared = count;
            }
            command.Parameters.Clear();
            for (var i = 0; i < count; i++)
            {
                var row = rows[start + i]!;
                for (var c = 0; c < columns.Length; c++)
                {
                    var column = columns[c];
                    command.Parameters.Add(column.Mapping.CreateParameter(command, $"@p{i}_{c}", column.Property.GetGetter().GetClrValue(row), column.Property.IsNullable));
                }
            }
            await command.ExecuteNonQueryAsync(ct);
        }
    }

    private static string InsertSql(string table, string columnList, int columnCount, int rowCount)
    {
        var text = new StringBuilder($"INSERT INTO {table} ({columnList}) VALUES ");
        for (var i = 0; i < rowCount; i++)
        {
            text.Append(i == 0 ? "(" : ", (");
            for (var c = 0; c < columnCount; c++)
                text.Append(c == 0 ? "" : ", ").Append("@p").Append(i).Append('_').Append(c);
            text.Append(')');
        }
        return text.ToString();
    }

    private sealed record Column(IProperty Property, string Name, RelationalTypeMapping Mapping)
    {
        /// <summary>The value as the provider stores it (EF's value converters applied).</summary>
        public object? ProviderValue(object row)
        {
            var value = Property.GetGetter().GetClrValue(row);
            return value is null ? null : Mapping.Converter is { } converter ? converter.ConvertToProvider(value) : value;
        }
    }
}
