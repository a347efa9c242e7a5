using Kinerja.Core.DependencyInjection;
using Kinerja.Core.Sop;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NodaTime;

namespace Kinerja.Samples.Worker;

/// <summary>
/// The background service: at every check, carries out the scripted actions now due, then checks the
/// running instances against their deadlines in working time and warns once per overdue stay, naming
/// the role and the people who must act. In demo mode it moves the simulated clock one step per check
/// through the week and then stops the application; in live mode it checks on a timer until stopped.
/// </summary>
internal sealed class OverdueWorker : BackgroundService
{
    private readonly IHostApplicationLifetime _lifetime;
    private readonly WorkerSettings _settings;
    private readonly IClock _clock;
    private readonly KinerjaOffice _office;
    private readonly DemoScenario _scenario;
    private readonly OverdueChecker _checker;
    private readonly ILogger<OverdueWorker> _logger;
    private int _checks;
    private LocalDate? _lastDay;

    public OverdueWorker(IHostApplicationLifetime lifetime, WorkerSettings settings, IClock clock, OfficeCatalog offices, DemoScenario scenario, OverdueChecker checker, ILogger<OverdueWorker> logger)
    {
        _lifetime = lifetime;
        _settings = settings;
        _clock = clock;
        _office = offices.Default;
        _scenario = scenario;
        _checker = checker;
        _logger = logger;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            var simulated = _clock as SimulatedClock;
            var every = simulated is null ? _settings.CheckInterval : _settings.SimulatedStep;
            Log.Starting(_logger, _office.ToString(), _scenario.Running[0].Definition.Header.Nama, _scenario.Running.Count, _settings.Mode, every.ToString());
            if (simulated is not null)
            {
                var end = simulated.GetCurrentInstant() + Duration.FromTimeSpan(_settings.SimulatedSpan);
                var last = simulated.GetCurrentInstant();
                for (var now = last; now <= end && !stoppingToken.IsCancellationRequested; now = simulated.Advance(Duration.FromTimeSpan(every)))
                {
                    Tick(now);
                    last = now;
                    await Task.Yield();
                }

                Summarize(last);
                _lifetime.StopApplication();
                return;
            }

            using var timer = new PeriodicTimer(every);
            do
            {
                Tick(_clock.GetCurrentInstant());
            }
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopped (Ctrl+C): nothing more to check.
        }
#pragma warning disable CA1031 // A sample's background service reports any failure and stops with a non-zero exit code.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            Log.Failed(_logger, exception);
            Environment.ExitCode = 1;
            _lifetime.StopApplication();
        }
    }

    private void Tick(Instant now)
    {
        _checks++;
        var zone = _office.Calendar.TimeZone;
        var at = Formatting.Moment(now, zone);
        foreach (var outcome in _scenario.ApplyDue(now))
        {
            var action = outcome.Action;
            var person = _office.Roster.Find(action.PersonId)?.Name ?? action.PersonId;
            if (!outcome.Result.TryGetValue(out var instance))
            {
                Log.Refused(_logger, at, person, action.InstanceId, outcome.Step.Key, string.Join(" ", outcome.Result.Errors.Select(p => p.Message)));
            }
            else if (action.Kind == SopEventKind.Started)
            {
                Log.Started(_logger, at, person, instance.Id, instance.Subject);
            }
            else
            {
                Log.Acted(_logger, at, person, outcome.Step.Key, outcome.Step.Activity, instance.Id);
                if (instance.Status is SopStatus.Completed or SopStatus.CompletedWithGaps)
                {
                    Log.Finished(_logger, at, instance.Id);
                }
            }
        }

        var notices = _checker.Check(_scenario.Running, now);
        var today = now.InZone(zone).Date;
        if (_lastDay != today && _office.Calendar.IsWorkingMoment(now))
        {
            _lastDay = today;
            Log.Morning(_logger, at, _scenario.Running.Count, notices.Count);
        }

        foreach (var notice in notices.Where(n => n.IsNew))
        {
            var o = notice.Overdue;
            Log.Overdue(
                _logger,
                o.Instance.Id,
                o.Step.Key,
                o.Step.Activity,
                _office.TimeStandards.For(o.Instance.Definition, o.Step).Text,
                Formatting.Moment(o.Due, zone),
                Formatting.WorkingTime(o.OverdueBy),
                o.Role.Name,
                People(notice));
        }
    }

    private void Summarize(Instant now)
    {
        var all = _scenario.Instances;
        var overdue = _checker.Check(_scenario.Running, now);
        Log.Summary(_logger, Formatting.Moment(now, _office.Calendar.TimeZone), _checks, all.Count(i => i.Status is SopStatus.Completed or SopStatus.CompletedWithGaps), all.Count(i => i.Status == SopStatus.Running), overdue.Count);
        foreach (var notice in overdue)
        {
            var o = notice.Overdue;
            Log.StillOverdue(_logger, o.Instance.Id, o.Step.Key, Formatting.WorkingTime(o.OverdueBy), o.Role.Name, People(notice));
        }
    }

    private static string People(OverdueNotice notice) =>
        OverdueChecker.Actors(notice) is { Count: > 0 } actors ? string.Join(", ", actors) : "tidak ada pemegang peran di susunan pegawai / nobody on the roster holds the role";
}
