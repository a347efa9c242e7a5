namespace Kinerja.Samples.Worker;

/// <summary>How the worker runs: the configuration section <c>Worker</c> (command line: <c>--Worker:Mode=Live</c>).</summary>
public sealed class WorkerSettings
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Worker";

    /// <summary>
    /// <see cref="WorkerMode.Demo"/> (default): a simulated clock runs through one working week, checking
    /// every simulated hour, then the application stops. <see cref="WorkerMode.Live"/>: the system clock,
    /// a check every <see cref="CheckInterval"/>, until Ctrl+C.
    /// </summary>
    public WorkerMode Mode { get; set; } = WorkerMode.Demo;

    /// <summary>Live mode: the time between two checks; default one minute.</summary>
    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Demo mode: the simulated time between two checks; default one hour.</summary>
    public TimeSpan SimulatedStep { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Demo mode: how long the simulation runs; default five days (Monday 07:00 to Saturday 07:00).</summary>
    public TimeSpan SimulatedSpan { get; set; } = TimeSpan.FromDays(5);
}

/// <summary>How the worker gets its time.</summary>
public enum WorkerMode
{
    /// <summary>A simulated week, then stop.</summary>
    Demo = 0,

    /// <summary>The system clock, until stopped.</summary>
    Live = 1,
}
