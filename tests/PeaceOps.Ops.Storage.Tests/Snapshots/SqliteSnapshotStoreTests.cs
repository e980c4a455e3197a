namespace PeaceOps.Ops.Storage.Tests.Snapshots;

public sealed class SqliteSnapshotStoreTests() : SnapshotStoreContract(null);
