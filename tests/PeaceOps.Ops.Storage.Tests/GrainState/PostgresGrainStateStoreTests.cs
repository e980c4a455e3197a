using PeaceOps.Ops.Testing;

namespace PeaceOps.Ops.Storage.Tests.GrainState;

public sealed class PostgresGrainStateStoreTests(PostgresServer postgres) : GrainStateStoreContract(postgres);
