// The integration tests' framework: when this run started its own PostgreSQL (no ConnectionStrings__Disputes), it is
// stopped after the last test of this assembly too.
[assembly: TestFramework("Disputes.IntegrationTests.Postgres.RunTeardown", "Disputes.IntegrationTests")]
