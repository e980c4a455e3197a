namespace PeaceOps.Ops.Storage.Tests.GrainState;

public sealed class SqliteGrainStateStoreTests() : GrainStateStoreContract(null);
