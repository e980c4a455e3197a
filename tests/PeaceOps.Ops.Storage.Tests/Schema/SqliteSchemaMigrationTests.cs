namespace PeaceOps.Ops.Storage.Tests.Schema;

public sealed class SqliteSchemaMigrationTests() : SchemaMigrationContract(null);
