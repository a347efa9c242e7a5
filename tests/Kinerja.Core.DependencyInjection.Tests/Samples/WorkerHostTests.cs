using System.Collections.Concurrent;
using Kinerja.Samples.Worker;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Kinerja.Core.DependencyInjection.Tests.Samples;

/// <summary>The worker sample as a host: in demo mode it runs its week and stops the application by itself.</summary>
public class WorkerHostTests
{
    [Fact]
    public async Task Run_DemoMode_StopsByItselfAfterWarningEachOverdueStayOnce()
    {
        var sink = new CollectingLoggerProvider();
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders().AddProvider(sink);
        builder.Services.AddOverdueWorker(new WorkerSettings());
        using var host = builder.Build();

        // A guard against a worker that would never stop, not a measurement: the demo needs no wall-clock time.
        using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await host.RunAsync(guard.Token);

        Assert.False(guard.IsCancellationRequested, "the worker did not stop the application by itself");
        Assert.DoesNotContain(sink.Entries, e => e.Level >= LogLevel.Error);
        Assert.Equal(8, sink.Entries.Count(e => e.EventId == 7));  // Log.Overdue, once per overdue stay
        Assert.Equal(1, sink.Entries.Count(e => e.EventId == 6));  // Log.Refused: Budi on the Kasubbag's step
        var summary = Assert.Single(sink.Entries, e => e.EventId == 8);
        Assert.Contains("121 pemeriksaan", summary.Message, StringComparison.Ordinal);
        Assert.Equal(3, sink.Entries.Count(e => e.EventId == 9)); // still overdue at the end
        Assert.Contains(sink.Entries, e => e.EventId == 7 && e.Message.Contains("Siti Rahmah (Plh. Camat)", StringComparison.Ordinal));
    }

    private sealed class CollectingLoggerProvider : ILoggerProvider
    {
        public ConcurrentQueue<(LogLevel Level, int EventId, string Message)> Entries { get; } = new();

        public ILogger CreateLogger(string categoryName) => categoryName.StartsWith("Kinerja", StringComparison.Ordinal) ? new Collector(Entries) : Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;

        public void Dispose()
        {
        }

        private sealed class Collector(ConcurrentQueue<(LogLevel, int, string)> entries) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                entries.Enqueue((logLevel, eventId.Id, formatter(state, exception)));
        }
    }
}
