namespace PeaceOps.Ops.Storage.Tests.EventStore;

public sealed class SqliteEventStoreTests() : EventStoreContract(null);
