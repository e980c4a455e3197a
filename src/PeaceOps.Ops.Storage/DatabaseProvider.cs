namespace PeaceOps.Ops.Storage;

/// <summary>Where the log lives: an embedded SQLite file (the default) or a PostgreSQL server (cluster mode).</summary>
public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
