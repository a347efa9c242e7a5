using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Kinerja.Samples.WebApi.LoadTest;

/// <summary>
/// The built web API sample as a real Kestrel process (<c>dotnet Kinerja.Samples.WebApi.dll</c>, Production
/// environment, on a free port of 127.0.0.1), configured only through environment variables, the way a deployment
/// is; its console output goes to a log file. Disposing stops it.
/// </summary>
internal sealed class AppProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StreamWriter _log;
    private readonly Lock _gate = new();

    private AppProcess(Process process, StreamWriter log, Uri url, string logPath)
    {
        _process = process;
        _log = log;
        Url = url;
        LogPath = logPath;
    }

    /// <summary>Where the app listens.</summary>
    public Uri Url { get; }

    /// <summary>The app's console output.</summary>
    public string LogPath { get; }

    /// <summary>Starts <paramref name="dll"/> with <paramref name="environment"/> and waits until <c>GET /</c> answers 200 (at most <paramref name="timeout"/>).</summary>
    /// <exception cref="InvalidOperationException">The app stopped or did not answer in time (the message holds the end of its log).</exception>
    public static async Task<AppProcess> StartAsync(string dll, IReadOnlyDictionary<string, string> environment, string logPath, TimeSpan timeout)
    {
        var url = new Uri("http://127.0.0.1:" + FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture));
        var start = new ProcessStartInfo("dotnet")
        {
            // The content root is the working directory: appsettings.json is next to the dll.
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(dll);
        foreach (var name in new[] { "ASPNETCORE_HTTP_PORTS", "ASPNETCORE_HTTPS_PORTS", "DOTNET_URLS", "ConnectionStrings__Postgres", "ConnectionStrings__Sqlite" })
        {
            start.Environment.Remove(name);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_URLS"] = url.ToString();
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var log = new StreamWriter(logPath) { AutoFlush = true };
        var process = new Process { StartInfo = start };
        var app = new AppProcess(process, log, url, logPath);
        process.OutputDataReceived += (_, e) => app.Write(e.Data);
        process.ErrorDataReceived += (_, e) => app.Write(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var probe = new HttpClient { BaseAddress = url, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.GetTimestamp() + (long)(timeout.TotalSeconds * Stopwatch.Frequency);
        while (true)
        {
            if (process.HasExited)
            {
                await app.DisposeAsync();
                throw new InvalidOperationException($"The app stopped at start-up (exit code {process.ExitCode}):{Environment.NewLine}{Tail(logPath)}");
            }

            try
            {
                using var answer = await probe.GetAsync(new Uri("/", UriKind.Relative));
                if (answer.StatusCode == HttpStatusCode.OK)
                {
                    return app;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // not listening yet
            }

            if (Stopwatch.GetTimestamp() > deadline)
            {
                await app.DisposeAsync();
                throw new InvalidOperationException($"The app did not answer GET / within {timeout.TotalSeconds} s:{Environment.NewLine}{Tail(logPath)}");
            }

            await Task.Delay(250);
        }
    }

    /// <summary>
    /// The app's logged errors (<c>fail:</c>, <c>crit:</c> entries), counted by their innermost exception line (the
    /// <c>---&gt;</c> one when there is one), so that the report says what they were.
    /// </summary>
    public IReadOnlyList<(string Error, int Count)> Errors()
    {
        lock (_gate)
        {
            _log.Flush();
        }

        using var stream = new FileStream(LogPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        string? entry = null;
        string? exception = null;
        while (true)
        {
            var line = reader.ReadLine();
            if (line is null || !line.StartsWith(' '))
            {
                if (entry is not null)
                {
                    var key = entry + " " + (exception ?? "(no exception)");
                    counts[key] = counts.GetValueOrDefault(key) + 1;
                }

                if (line is null)
                {
                    break;
                }

                entry = line.StartsWith("fail:", StringComparison.Ordinal) || line.StartsWith("crit:", StringComparison.Ordinal) ? line : null;
                exception = null;
                continue;
            }

            var text = line.Trim();
            if (entry is not null && text.Contains("Exception", StringComparison.Ordinal) && !text.StartsWith("at ", StringComparison.Ordinal)
                && (exception is null || text.StartsWith("--->", StringComparison.Ordinal)))
            {
                exception = text.Length <= 200 ? text : text[..200] + "…";
            }
        }

        return [.. counts.OrderByDescending(p => p.Value).Select(p => (p.Key, p.Value))];
    }

    /// <summary>Stops the app (its whole process tree) and closes its log.</summary>
    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        lock (_gate)
        {
            _log.Dispose();
        }
    }

    private void Write(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_gate)
        {
            try
            {
                _log.WriteLine(line);
            }
            catch (ObjectDisposedException)
            {
                // the last lines after the app was stopped
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string Tail(string path)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            using var reader = new StreamReader(stream);
            return string.Join(Environment.NewLine, reader.ReadToEnd().Split('\n').TakeLast(30));
        }
        catch (IOException e)
        {
            return "(no log: " + e.Message + ")";
        }
    }
}
