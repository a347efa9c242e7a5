using System.Collections.Concurrent;
using System.Globalization;

namespace Kinerja.Samples.WebApi.LoadTest;

/// <summary>A realisasi write the server acknowledged (200): its value and note, and the quarter's version it made (the answer's ETag).</summary>
internal sealed record RealisasiAck(string Unit, int Triwulan, string IndicatorId, decimal Value, string Note, int Version);

/// <summary>An SOP action the server acknowledged (200): the event it wrote is number <paramref name="Sequence"/>, by <paramref name="Person"/>, noted <paramref name="Note"/>.</summary>
internal sealed record SopAck(string InstanceId, int Sequence, string Person, string Note);

/// <summary>A write whose answer was a 5xx or no answer at all: the server may or may not have stored it.</summary>
internal sealed record UnsureWrite(string Key, string Note);

/// <summary>One realisasi entry as read back at the end.</summary>
internal sealed record StoredRealisasi(string IndicatorId, decimal? Value, string? Note);

/// <summary>The realisasi of one quarter of one unit as read back at the end, with its version (ETag) and the version read before the run.</summary>
internal sealed record StoredQuarter(string Unit, int Triwulan, int BaselineVersion, int Version, IReadOnlyList<StoredRealisasi> Entries);

/// <summary>One stored SOP event as read back.</summary>
internal sealed record StoredEvent(int Sequence, string Person, string? Note);

/// <summary>An SOP instance as read back (<see langword="null"/> events: the server answered 404).</summary>
internal sealed record StoredInstance(string Id, int Version, IReadOnlyList<StoredEvent>? Events);

/// <summary>
/// What the server acknowledged, written by every simulated user during the run (thread-safe), and what
/// each user attempted without a clear answer.
/// </summary>
internal sealed class Ledger
{
    /// <summary>Acknowledged realisasi writes.</summary>
    public ConcurrentQueue<RealisasiAck> Realisasi { get; } = new();

    /// <summary>Acknowledged SOP actions.</summary>
    public ConcurrentQueue<SopAck> SopActions { get; } = new();

    /// <summary>Instance ids answered 201 by <c>POST /sop/instances</c> (an id twice is an instance created twice).</summary>
    public ConcurrentQueue<string> SopStarts { get; } = new();

    /// <summary>Instance ids whose start was sent again after its 201 (a client's retry) and answered 201 again: created twice.</summary>
    public ConcurrentQueue<string> SopStartedTwice { get; } = new();

    /// <summary>Every instance id whose start was sent, whatever the answer (all are read back).</summary>
    public ConcurrentQueue<string> SopAttempted { get; } = new();

    /// <summary>Writes answered with a 5xx or not at all: key <c>unit/tw/indicator</c> or the instance id.</summary>
    public ConcurrentQueue<UnsureWrite> Unsure { get; } = new();
}

/// <summary>The verdict of <see cref="LedgerCheck"/>: the counts the run must keep at zero, and every finding in words.</summary>
internal sealed record CheckResult(int LostWrites, int DuplicatedWrites, int UnacknowledgedWrites, int StoredAfterError, IReadOnlyList<string> Findings)
{
    /// <summary>Whether nothing was lost, duplicated or stored without acknowledgement.</summary>
    public bool Clean => LostWrites == 0 && DuplicatedWrites == 0 && UnacknowledgedWrites == 0;
}

/// <summary>
/// Compares the ledger of acknowledged writes with what the server holds at the end. A pure function of both,
/// so its tests can hand it a ledger and a store with a known fault.
/// </summary>
/// <remarks>
/// <para>Realisasi: every acknowledged PATCH moves its quarter's version on by one, so a quarter must end at
/// its version before the run plus its acknowledged writes (less: acknowledged writes were lost; more: the server
/// stored writes it did not acknowledge, unless answered with a 5xx), no version may be acknowledged twice (two
/// writers told they made the same version: one write is lost), and each indicator must hold exactly one entry,
/// that of the acknowledged write with the highest version (a write later overwritten by another acknowledged
/// write is not lost). An entry noted by this run that no acknowledged write carries was stored unacknowledged.</para>
/// <para>SOP: an instance answered 201 once only, and read back; its events numbered 1..n without a repeat or a gap,
/// n its version; each acknowledged action stored once, as event number <c>sequence</c>, by its person with its
/// note; no sequence acknowledged twice; no event with this run's note that was not acknowledged (a refused
/// wrong-role probe that left an event is one).</para>
/// </remarks>
internal static class LedgerCheck
{
    /// <summary>Checks <paramref name="ledger"/> against the stored quarters and instances; <paramref name="runNotePrefix"/> marks this run's notes.</summary>
    public static CheckResult Check(Ledger ledger, IReadOnlyList<StoredQuarter> quarters, IReadOnlyList<StoredInstance> instances, string runNotePrefix)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(quarters);
        ArgumentNullException.ThrowIfNull(instances);
        var lost = 0;
        var duplicated = 0;
        var unacknowledged = 0;
        var afterError = 0;
        var findings = new List<string>();
        var unsureNotes = ledger.Unsure.Select(u => u.Note).ToHashSet(StringComparer.Ordinal);

        // Realisasi, quarter by quarter.
        var acksByQuarter = ledger.Realisasi.GroupBy(a => (a.Unit, a.Triwulan)).ToDictionary(g => g.Key, g => g.ToList());
        foreach (var quarter in quarters)
        {
            var acks = acksByQuarter.GetValueOrDefault((quarter.Unit, quarter.Triwulan)) ?? [];
            var where = $"{quarter.Unit} TW {Text(quarter.Triwulan)}";
            foreach (var twice in acks.GroupBy(a => a.Version).Where(g => g.Count() > 1))
            {
                lost += twice.Count() - 1;
                findings.Add($"lost: {where} version {Text(twice.Key)} acknowledged {Text(twice.Count())} times ({string.Join(", ", twice.Select(a => a.Note))})");
            }

            var expected = quarter.BaselineVersion + acks.Count;
            if (quarter.Version < expected)
            {
                lost += expected - quarter.Version;
                findings.Add($"lost: {where} at version {Text(quarter.Version)}, but {Text(acks.Count)} writes acknowledged after version {Text(quarter.BaselineVersion)}");
            }
            else if (quarter.Version > expected)
            {
                var unsure = ledger.Unsure.Count(u => u.Key.StartsWith(quarter.Unit + "/" + Text(quarter.Triwulan) + "/", StringComparison.Ordinal));
                var extra = quarter.Version - expected;
                afterError += Math.Min(extra, unsure);
                if (extra > unsure)
                {
                    unacknowledged += extra - unsure;
                    findings.Add($"unacknowledged: {where} at version {Text(quarter.Version)}, {Text(extra)} more than the acknowledged writes");
                }
            }

            foreach (var entries in quarter.Entries.GroupBy(e => e.IndicatorId, StringComparer.Ordinal).Where(g => g.Count() > 1))
            {
                duplicated += entries.Count() - 1;
                findings.Add($"duplicated: {where} holds {Text(entries.Count())} entries of {entries.Key}");
            }

            foreach (var indicator in acks.GroupBy(a => a.IndicatorId, StringComparer.Ordinal))
            {
                var latest = indicator.MaxBy(a => a.Version)!;
                var stored = quarter.Entries.FirstOrDefault(e => e.IndicatorId == indicator.Key);
                if (stored is null)
                {
                    lost++;
                    findings.Add($"lost: {where} {indicator.Key} holds nothing; the last acknowledged write was {latest.Note} = {Text(latest.Value)}");
                }
                else if (stored.Note != latest.Note || stored.Value != latest.Value)
                {
                    if (stored.Note is { } n && unsureNotes.Contains(n))
                    {
                        afterError++;
                    }
                    else
                    {
                        lost++;
                        findings.Add($"lost: {where} {indicator.Key} holds {stored.Note} = {Text(stored.Value)}; the last acknowledged write was {latest.Note} = {Text(latest.Value)} (version {Text(latest.Version)})");
                    }
                }
            }

            var ackedNotes = acks.Select(a => a.Note).ToHashSet(StringComparer.Ordinal);
            foreach (var stray in quarter.Entries.Where(e => e.Note is { } n && n.StartsWith(runNotePrefix, StringComparison.Ordinal) && !ackedNotes.Contains(n) && !unsureNotes.Contains(n)))
            {
                unacknowledged++;
                findings.Add($"unacknowledged: {where} {stray.IndicatorId} holds {stray.Note}, which no acknowledged write carried");
            }
        }

        // SOP instances.
        foreach (var twice in ledger.SopStarts.GroupBy(id => id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            duplicated += twice.Count() - 1;
            findings.Add($"duplicated: instance {twice.Key} created {Text(twice.Count())} times");
        }

        foreach (var again in ledger.SopStartedTwice)
        {
            duplicated++;
            findings.Add($"duplicated: instance {again} answered 201 to a second create with its id");
        }

        var started = ledger.SopStarts.ToHashSet(StringComparer.Ordinal);
        var actsByInstance = ledger.SopActions.GroupBy(a => a.InstanceId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        foreach (var instance in instances)
        {
            var acts = actsByInstance.GetValueOrDefault(instance.Id) ?? [];
            if (instance.Events is null)
            {
                if (started.Contains(instance.Id))
                {
                    lost += 1 + acts.Count;
                    findings.Add($"lost: instance {instance.Id} was created (201) but is not found");
                }

                continue;
            }

            if (!started.Contains(instance.Id))
            {
                if (ledger.Unsure.Any(u => u.Key == instance.Id))
                {
                    afterError++;
                }
                else
                {
                    unacknowledged++;
                    findings.Add($"unacknowledged: instance {instance.Id} exists but its create was not answered 201");
                }
            }

            var events = instance.Events;
            for (var i = 0; i < events.Count; i++)
            {
                if (events[i].Sequence != i + 1)
                {
                    if (i > 0 && events[i].Sequence == events[i - 1].Sequence)
                    {
                        duplicated++;
                        findings.Add($"duplicated: instance {instance.Id} holds event {Text(events[i].Sequence)} twice");
                    }
                    else
                    {
                        lost++;
                        findings.Add($"lost: instance {instance.Id} event {Text(i + 1)} is numbered {Text(events[i].Sequence)}");
                    }
                }
            }

            if (instance.Version != events.Count)
            {
                findings.Add($"lost: instance {instance.Id} at version {Text(instance.Version)} with {Text(events.Count)} events");
                lost++;
            }

            foreach (var twice in acts.GroupBy(a => a.Sequence).Where(g => g.Count() > 1))
            {
                lost += twice.Count() - 1;
                findings.Add($"lost: instance {instance.Id} event {Text(twice.Key)} acknowledged {Text(twice.Count())} times ({string.Join(", ", twice.Select(a => a.Person + " " + a.Note))})");
            }

            foreach (var act in acts)
            {
                var stored = events.Where(e => e.Note == act.Note).ToList();
                if (stored.Count > 1)
                {
                    duplicated += stored.Count - 1;
                    findings.Add($"duplicated: instance {instance.Id} holds {act.Note} {Text(stored.Count)} times");
                }
                else if (stored.Count == 0 || stored[0].Sequence != act.Sequence || stored[0].Person != act.Person)
                {
                    lost++;
                    findings.Add($"lost: instance {instance.Id} has no event {Text(act.Sequence)} by {act.Person} noted {act.Note}");
                }
            }

            var ackedNotes = acts.Select(a => a.Note).ToHashSet(StringComparer.Ordinal);
            foreach (var stray in events.Where(e => e.Sequence > 1 && e.Note is { } n && n.StartsWith(runNotePrefix, StringComparison.Ordinal) && !ackedNotes.Contains(n)))
            {
                if (unsureNotes.Contains(stray.Note!))
                {
                    afterError++;
                }
                else
                {
                    unacknowledged++;
                    findings.Add($"unacknowledged: instance {instance.Id} event {Text(stray.Sequence)} by {stray.Person} noted {stray.Note}, which no acknowledged action carried");
                }
            }
        }

        return new CheckResult(lost, duplicated, unacknowledged, afterError, findings);
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Text(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "null";
}
