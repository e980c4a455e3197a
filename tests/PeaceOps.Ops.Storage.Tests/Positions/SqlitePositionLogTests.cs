namespace PeaceOps.Ops.Storage.Tests.Positions;

public sealed class SqlitePositionLogTests() : PositionLogContract(null);
