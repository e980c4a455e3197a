using PeaceOps.Ops.Testing;

namespace PeaceOps.Ops.Storage.Tests.Positions;

public sealed class PostgresPositionLogTests(PostgresServer postgres) : PositionLogContract(postgres);
