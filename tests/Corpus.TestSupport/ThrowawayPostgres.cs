using System.Diagnostics;

namespace Corpus.TestSupport;

/// <summary>
/// A private PostgreSQL server in a temporary folder on a free 127.0.0.1 port, made with the distribution's
/// <c>initdb</c> and <c>pg_ctl</c>. Tests skip with <see cref="MissingMessage"/> when those are not installed.
/// </summary>
public sealed class ThrowawayPostgres : IDisposable
{
    public const string MissingMessage = "PostgreSQL's initdb/pg_ctl are not installed (apt-get install postgresql); PostgreSQL tests skip.";
    private const string User = "corpus";

    private readonly string _bin;
    private readonly string _folder;
    private readonly string _data;
    private readonly bool _asPostgresUser;

    private ThrowawayPostgres(string bin, bool durable)
    {
        _bin = bin;
        _folder = Directory.CreateTempSubdirectory("corpus-pg-").FullName;
        _data = Path.Combine(_folder, "data");
        // PostgreSQL refuses to run as root; under root (CI containers) it runs as the package's postgres user.
        _asPostgresUser = Environment.UserName == "root";
        if (_asPostgresUser)
        {
            Run("chown", ["postgres", _folder]);
        }
        Port = LoopbackPort.Take();
        Tool("initdb", ["-D", _data, "-U", User, "--auth=trust", "--no-locale", "--encoding=UTF8"]);
        var settings = durable ? string.Empty : "fsync = off\nfull_page_writes = off\n";
        File.AppendAllText(Path.Combine(_data, "postgresql.conf"),
            $"port = {Port}\nlisten_addresses = '127.0.0.1'\nunix_socket_directories = '{_folder}'\nmax_connections = 300\nshared_buffers = 256MB\n{settings}");
        Start();
    }

    public int Port { get; }

    public static bool IsInstalled => FindBin() is not null;

    /// <summary>Starts a new server, or returns null when PostgreSQL is not installed. Not durable unless asked: tests never lose power.</summary>
    public static ThrowawayPostgres? TryStart(bool durable = false) => FindBin() is { } bin ? new ThrowawayPostgres(bin, durable) : null;

    public string ConnectionString(string database = "postgres") =>
        $"Host=127.0.0.1;Port={Port};Username={User};Database={database};Pooling=true;Maximum Pool Size=50;Timeout=30;Command Timeout=120";

    public void Start() => Tool("pg_ctl", ["-D", _data, "-l", Path.Combine(_folder, "server.log"), "-w", "-t", "60", "start"]);

    /// <summary>Stops the server at once, as a crash would (no shutdown checkpoint).</summary>
    public void StopImmediately() => Tool("pg_ctl", ["-D", _data, "-w", "-m", "immediate", "stop"]);

    /// <summary>Runs SQL through psql as the superuser, e.g. to create a database.</summary>
    public void Psql(string sql, string database = "postgres") =>
        Tool("psql", ["-h", "127.0.0.1", "-p", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-U", User, "-d", database, "-v", "ON_ERROR_STOP=1", "-q", "-c", sql]);

    public string CreateDatabase()
    {
        var name = "corpus_" + Guid.NewGuid().ToString("N")[..12];
        Psql($"CREATE DATABASE {name}");
        return ConnectionString(name);
    }

    public void Dispose()
    {
        try
        {
            Tool("pg_ctl", ["-D", _data, "-w", "-m", "immediate", "stop"]);
        }
        catch (InvalidOperationException)
        {
            // Already stopped by the test.
        }
        Directory.Delete(_folder, recursive: true);
    }

    private void Tool(string name, IReadOnlyList<string> args)
    {
        var path = Path.Combine(_bin, name);
        if (_asPostgresUser)
        {
            Run("runuser", ["-u", "postgres", "--", path, .. args]);
        }
        else
        {
            Run(path, args);
        }
    }

    private static void Run(string file, IReadOnlyList<string> args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', args)} failed ({process.ExitCode}): {output.Result}{error.Result}");
        }
    }


    private static string? FindBin()
    {
        var versions = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").OrderByDescending(d => int.TryParse(Path.GetFileName(d), out var v) ? v : 0).Select(d => Path.Combine(d, "bin"))
            : [];
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':', StringSplitOptions.RemoveEmptyEntries);
        return versions.Concat(onPath).FirstOrDefault(d => File.Exists(Path.Combine(d, "initdb")) && File.Exists(Path.Combine(d, "pg_ctl")));
    }
}
