namespace PeaceOps.Ops.Storage.Tests.EventStore;

public sealed class SqliteEventAppendBatcherTests() : EventAppendBatcherContract(null);
