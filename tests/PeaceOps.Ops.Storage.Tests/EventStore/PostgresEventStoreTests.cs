using PeaceOps.Ops.Testing;

namespace PeaceOps.Ops.Storage.Tests.EventStore;

public sealed class PostgresEventStoreTests(PostgresServer postgres) : EventStoreContract(postgres);
