using Microsoft.Extensions.Logging;

namespace Kinerja.Samples.Worker;

/// <summary>The worker's log lines (source-generated), Indonesian first.</summary>
internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Information, "Mulai / starting: {Office}, SOP \"{Sop}\", {Count} SOP berjalan / running; mode {Mode}, pemeriksaan tiap / a check every {Every}.")]
    public static partial void Starting(ILogger logger, string office, string sop, int count, WorkerMode mode, string every);

    [LoggerMessage(2, LogLevel.Information, "{Day}: {Running} SOP berjalan / running, {Overdue} langkah terlambat / steps overdue.")]
    public static partial void Morning(ILogger logger, string day, int running, int overdue);

    [LoggerMessage(3, LogLevel.Information, "{At}: {Person} menyelesaikan / completed langkah {Step} \"{Activity}\" ({Instance}).")]
    public static partial void Acted(ILogger logger, string at, string person, string step, string activity, string instance);

    [LoggerMessage(4, LogLevel.Information, "{At}: {Person} memulai / started {Instance} \"{Subject}\".")]
    public static partial void Started(ILogger logger, string at, string person, string instance, string subject);

    [LoggerMessage(5, LogLevel.Information, "{At}: SOP {Instance} selesai / completed.")]
    public static partial void Finished(ILogger logger, string at, string instance);

    [LoggerMessage(6, LogLevel.Warning, "{At}: tindakan {Person} pada {Instance} langkah {Step} ditolak / refused: {Reason}")]
    public static partial void Refused(ILogger logger, string at, string person, string instance, string step, string reason);

    [LoggerMessage(7, LogLevel.Warning, "TERLAMBAT / OVERDUE {Instance} langkah {Step} \"{Activity}\" (standar {Standard}): tenggat / due {Due}, lewat / late by {Late} waktu kerja / working time; harus bertindak / must act: {Role}: {People}.")]
    public static partial void Overdue(ILogger logger, string instance, string step, string activity, string standard, string due, string late, string role, string people);

    [LoggerMessage(8, LogLevel.Information, "Akhir / end {At}: {Checks} pemeriksaan / checks, {Completed} SOP selesai / completed, {Running} berjalan / running, {Overdue} langkah terlambat / steps overdue.")]
    public static partial void Summary(ILogger logger, string at, int checks, int completed, int running, int overdue);

    [LoggerMessage(9, LogLevel.Information, "  masih terlambat / still overdue: {Instance} langkah {Step}, lewat {Late} waktu kerja; {Role}: {People}.")]
    public static partial void StillOverdue(ILogger logger, string instance, string step, string late, string role, string people);

    [LoggerMessage(10, LogLevel.Critical, "Pemeriksa tenggat berhenti karena galat / the deadline checker failed.")]
    public static partial void Failed(ILogger logger, Exception exception);
}
