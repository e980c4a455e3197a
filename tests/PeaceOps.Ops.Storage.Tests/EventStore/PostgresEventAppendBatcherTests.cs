using PeaceOps.Ops.Testing;

namespace PeaceOps.Ops.Storage.Tests.EventStore;

public sealed class PostgresEventAppendBatcherTests(PostgresServer postgres) : EventAppendBatcherContract(postgres);
