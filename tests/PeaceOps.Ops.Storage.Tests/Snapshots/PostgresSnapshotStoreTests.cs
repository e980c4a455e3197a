using PeaceOps.Ops.Testing;

namespace PeaceOps.Ops.Storage.Tests.Snapshots;

public sealed class PostgresSnapshotStoreTests(PostgresServer postgres) : SnapshotStoreContract(postgres);
