using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Disputes.IntegrationTests.Postgres;

// A throwaway PostgreSQL server for one test process: initdb into a temporary directory, tuned for speed rather
// than durability (the directory is deleted afterwards), reachable only on 127.0.0.1 at a free port, with one
// database. Stop ends it after the last test (RunTeardown); its watchdog, when the process ends any other way.
internal sealed class PrivateCluster
{
    private const string Database = "disputes";

    // Appended to postgresql.conf; the same settings `./disputes test` gives its throwaway cluster (scripts/postgres.sh).
    private static readonly string[] Settings =
    [
        "listen_addresses = '127.0.0.1'",
        // TCP only: no socket file, so no path-length limit and no directory the owner must be able to reach.
        "unix_socket_directories = ''",
        // Test classes run in parallel, each host with its own Npgsql pool.
        "max_connections = 250",
        "logging_collector = off",
        "fsync = off",
        "synchronous_commit = off",
        "full_page_writes = off",
        "checkpoint_timeout = 30min",
        "max_wal_size = 2GB",
    ];

    private readonly ClusterOwner owner;
    private readonly string bin;
    private readonly string directory;
    private readonly ClusterWatchdog watchdog;
    private int stopped;

    private PrivateCluster(ClusterOwner owner, string bin, string directory)
    {
        this.owner = owner;
        this.bin = bin;
        this.directory = directory;
        watchdog = ClusterWatchdog.Watch(directory, owner.CommandLine(PgCtl));
    }

    public string ConnectionString { get; private set; } = "";

    private string Data => Path.Combine(directory, "data");
    private string PgCtl => Path.Combine(bin, "pg_ctl");

    public static PrivateCluster Start()
    {
        var bin = ServerBinaries.Find();
        var owner = ClusterOwner.ForThisProcess();
        var directory = owner.Run("mktemp", "-d", Path.Combine(Path.GetTempPath(), "disputes-tests-pg.XXXXXX")).Trim();
        var cluster = new PrivateCluster(owner, bin, directory);
        try
        {
            cluster.Initialize();
            var port = cluster.Listen();
            cluster.CreateDatabase(port);
            return cluster;
        }
        catch
        {
            cluster.Stop();
            throw;
        }
    }

    private void Initialize()
    {
        // -U postgres: the role the connection string names, whoever runs initdb. --locale=C: no generated locales needed.
        owner.Run(Path.Combine(bin, "initdb"), "-D", Data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync", "--no-instructions");
        File.AppendAllLines(Path.Combine(Data, "postgresql.conf"), ["# Written by the integration tests: a throwaway cluster.", .. Settings]);
    }

    // Another process can take the port between choosing it and the server binding it; then the start fails and is retried.
    private int Listen()
    {
        for (var attempt = 1; ; attempt++)
        {
            var port = FreePort();
            try
            {
                owner.Run(PgCtl, "-D", Data, "-l", Path.Combine(directory, "server.log"), "-o", $"-p {port}", "-w", "-t", "60", "-s", "start");
                return port;
            }
            catch (InvalidOperationException) when (attempt < 5)
            {
                // most likely the port was taken meanwhile: another one
            }
            catch (InvalidOperationException e)
            {
                throw new InvalidOperationException($"The tests' private PostgreSQL did not start: {e.Message}\n{ServerLog()}", e);
            }
        }
    }

    private void CreateDatabase(int port)
    {
        using (var connection = new NpgsqlConnection($"Host=127.0.0.1;Port={port};Database=postgres;Username=postgres;Pooling=false"))
        {
            connection.Open();
            using var create = new NpgsqlCommand($"create database {Database}", connection);
            create.ExecuteNonQuery();
        }
        // As `./disputes test` writes it; Include Error Detail puts parameter values in server errors.
        ConnectionString = $"Host=127.0.0.1;Port={port};Database={Database};Username=postgres;Include Error Detail=true";
    }

    public void Stop()
    {
        if (Interlocked.Exchange(ref stopped, 1) == 1)
            return;
        try
        {
            if (File.Exists(Path.Combine(Data, "postmaster.pid")))
                owner.Run(PgCtl, "-D", Data, "-m", "immediate", "-w", "-t", "30", "-s", "stop");
            Directory.Delete(directory, recursive: true);
        }
        catch (Exception e) when (e is InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            // The watchdog, released below, tries again.
        }
        watchdog.Release();
    }

    private string ServerLog()
    {
        var log = Path.Combine(directory, "server.log");
        return File.Exists(log) ? string.Join('\n', File.ReadLines(log).TakeLast(10)) : "";
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
