using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace PeaceOps.Ops.Storage.Sqlite;

/// <summary>
/// One statement prepared on a connection's native handle and re-run with values bound by position, for the
/// group-commit hot path. Through <see cref="SqliteCommand"/> each run looks every parameter up by name, converts
/// each string to a fresh UTF-8 array and builds a data reader: per event that cost more CPU than SQLite's own
/// work. Runs inside the connection's current transaction; errors surface as <see cref="SqliteException"/>, exactly
/// as through ADO.NET, so the callers' constraint handling is unchanged.
/// </summary>
internal sealed class SqliteStatement : IDisposable
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;

    public SqliteStatement(SqliteConnection connection, string sql)
    {
        _db = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        Check(raw.sqlite3_prepare_v2(_db, sql, out _statement));
    }

    public void Bind(int position, long value) => Check(raw.sqlite3_bind_int64(_statement, position, value));

    /// <summary>Binds text (SQLite copies it and converts UTF-16 to UTF-8 natively), or NULL.</summary>
    public void Bind(int position, string? value) =>
        Check(value is null ? raw.sqlite3_bind_null(_statement, position) : raw.sqlite3_bind_text16(_statement, position, value.AsSpan()));

    /// <summary>Runs a statement that returns no rows, then makes it ready to run again.</summary>
    public void Execute()
    {
        try
        {
            var rc = raw.sqlite3_step(_statement);
            if (rc != raw.SQLITE_DONE)
            {
                Check(rc);
            }
        }
        finally
        {
            raw.sqlite3_reset(_statement);
        }
    }

    /// <summary>The first column of the first row as an integer, or null when there is no row.</summary>
    public long? QueryInt64()
    {
        try
        {
            var rc = raw.sqlite3_step(_statement);
            if (rc == raw.SQLITE_ROW)
            {
                return raw.sqlite3_column_int64(_statement, 0);
            }

            if (rc != raw.SQLITE_DONE)
            {
                Check(rc);
            }

            return null;
        }
        finally
        {
            raw.sqlite3_reset(_statement);
        }
    }

    /// <summary>Every row as (first column as integer, second column as text), then ready to run again.</summary>
    public List<(long Number, string Text)> QueryInt64TextPairs()
    {
        var rows = new List<(long, string)>();
        try
        {
            int rc;
            while ((rc = raw.sqlite3_step(_statement)) == raw.SQLITE_ROW)
            {
                rows.Add((raw.sqlite3_column_int64(_statement, 0), raw.sqlite3_column_text(_statement, 1).utf8_to_string()));
            }

            Check(rc);
            return rows;
        }
        finally
        {
            raw.sqlite3_reset(_statement);
        }
    }

    public void Dispose() => _statement.Dispose();

    private void Check(int rc)
    {
        if (rc is not (raw.SQLITE_OK or raw.SQLITE_ROW or raw.SQLITE_DONE))
        {
            SqliteException.ThrowExceptionForRC(rc, _db);
        }
    }
}
