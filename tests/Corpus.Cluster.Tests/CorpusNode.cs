using System.Diagnostics;
using Corpus.TestSupport;

namespace Corpus.Cluster.Tests;

/// <summary>One Corpus process (<c>dotnet Corpus.Gateway.dll</c>) with its settings given as environment variables.</summary>
public sealed class CorpusNode : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _log;

    private CorpusNode(Process process, int port, string log)
    {
        _process = process;
        _log = log;
        Port = port;
        Client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromMinutes(5) };
    }

    public int Port { get; }

    public HttpClient Client { get; }

    public int ProcessId => _process.Id;

    public static async Task<CorpusNode> StartAsync(IReadOnlyDictionary<string, string> settings)
    {
        var port = LoopbackPort.Take();
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(GatewayDll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{port}");
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["Corpus__LoadSeeds"] = "false";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (name, value) in settings)
        {
            start.Environment[name] = value;
        }
        var log = Path.Combine(Path.GetTempPath(), $"corpus-node-{port}.log");
        var process = Process.Start(start)!;
        var writer = new StreamWriter(log) { AutoFlush = true };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (writer) { writer.WriteLine(e.Data); } } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (writer) { writer.WriteLine(e.Data); } } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var node = new CorpusNode(process, port, log);
        await node.WaitUntilUpAsync();
        return node;
    }

    /// <summary>The last lines the node logged, without stack frames: what a failed test shows of the node.</summary>
    public string LogTail(int lines = 60)
    {
        using var stream = new FileStream(_log, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        var logged = new StreamReader(stream).ReadToEnd().Split('\n').Where(l => !l.TrimStart().StartsWith("at ", StringComparison.Ordinal));
        return string.Join('\n', logged.TakeLast(lines));
    }

    /// <summary>Ends the process as <c>kill -9</c> would: no shutdown, nothing flushed.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
        Client.Dispose();
    }

    private async Task WaitUntilUpAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The node exited with {_process.ExitCode}: {File.ReadAllText(_log)}");
            }
            try
            {
                if ((await Client.GetAsync("/healthz")).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            await Task.Delay(200);
        }
        throw new TimeoutException("The node did not come up: " + File.ReadAllText(_log));
    }

    private static string GatewayDll { get; } = LocateGateway();

    private static string LocateGateway()
    {
        // The test assembly's own configuration folder (Debug/Release) names the gateway build to run.
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
        var dll = Path.Combine(SharedData.RepositoryRoot, "src", "Corpus.Gateway", "bin", configuration, "net10.0", "Corpus.Gateway.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException("Build src/Corpus.Gateway first.", dll);
    }
}
