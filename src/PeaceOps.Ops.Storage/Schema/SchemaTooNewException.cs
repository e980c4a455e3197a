namespace PeaceOps.Ops.Storage.Schema;

/// <summary>The database was written by a newer build; this build must not touch it.</summary>
public sealed class SchemaTooNewException(int databaseVersion, int knownVersion)
    : Exception($"The database is at schema version {databaseVersion}, but this build knows only up to {knownVersion}. Run a newer build; this one will not downgrade the data.")
{
    public int DatabaseVersion { get; } = databaseVersion;

    public int KnownVersion { get; } = knownVersion;
}
