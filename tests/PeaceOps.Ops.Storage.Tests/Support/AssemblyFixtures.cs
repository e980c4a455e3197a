using PeaceOps.Ops.Testing;

// One throw-away PostgreSQL server for the whole test run; each test gets a database of its own.
[assembly: AssemblyFixture(typeof(PostgresServer))]
