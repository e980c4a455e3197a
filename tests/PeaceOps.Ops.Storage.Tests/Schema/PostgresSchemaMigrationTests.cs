using PeaceOps.Ops.Testing;

namespace PeaceOps.Ops.Storage.Tests.Schema;

public sealed class PostgresSchemaMigrationTests(PostgresServer postgres) : SchemaMigrationContract(postgres);
