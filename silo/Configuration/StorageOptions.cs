using System.ComponentModel.DataAnnotations;
using PeaceOps.Ops.Storage;

namespace PeaceOps.Ops.Silo.Configuration;

/// <summary>Section <c>PeaceOps:Storage</c>: SQLite in the data directory by default; PostgreSQL for a cluster.</summary>
public sealed class StorageOptions
{
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>PostgreSQL connection string; unused for SQLite (the file lives in the data directory).</summary>
    [MaxLength(2000)]
    public string? ConnectionString { get; set; }
}
