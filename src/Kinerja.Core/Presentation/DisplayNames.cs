using System.Globalization;
using Kinerja.Core.Agreements;
using Kinerja.Core.Budget;
using Kinerja.Core.Calendar;
using Kinerja.Core.Capaian;
using Kinerja.Core.Recap;
using Kinerja.Core.Scales;
using Kinerja.Core.Sop;
using Kinerja.Core.Validation;

namespace Kinerja.Core.Presentation;

/// <summary>
/// The names a user reads for the values of every public enum of the library, in Indonesian (the
/// default) or English: the one home of these texts, which messages and <see cref="CapaianFormat"/>
/// use too. Indonesian names use the regulation's words (kondisi normal, kumulatif, posisi akhir, libur
/// nasional ...). A value that is not a defined member never throws: it is named with its number,
/// <c>nilai tidak dikenal (7)</c> or <c>unknown value (7)</c>. The tables are in docs/presentation.md.
/// </summary>
public static class DisplayNames
{
    // RS0026 warns that overloads with optional parameters break callers when one is added later with the same
    // leading parameters. Each overload here takes a different enum first, so no two can bind the same call, and
    // the optional language keeps the Indonesian default as CapaianFormat and DescribeReason have it.
#pragma warning disable RS0026
    /// <summary>The name of a <see cref="IndicatorLevel"/> value: where an indicator sits in the cascade.</summary>
    /// <param name="value">The value.</param>
    /// <param name="language">The language of the name.</param>
    /// <returns>The name, such as <c>IKU sasaran</c> (Indonesian) or <c>key indicator (IKU) of a sasaran</c> (English).</returns>
    public static string Of(IndicatorLevel value, MessageLanguage language = MessageLanguage.Indonesian) => Pick((int)value, language, value switch
    {
        IndicatorLevel.IkuSasaran => ("IKU sasaran", "key indicator (IKU) of a sasaran"),
        IndicatorLevel.Program => ("indikator program", "program indicator"),
        IndicatorLevel.Kegiatan => ("indikator kegiatan", "activity (kegiatan) indicator"),
        IndicatorLevel.SubKegiatan => ("indikator sub kegiatan", "sub-activity (sub kegiatan) indicator"),
        IndicatorLevel.Iki => ("IKI (indikator kinerja individu)", "individual indicator (IKI)"),
        _ => null,
    });

    /// <summary>The name of a <see cref="Polarity"/> value: which direction of realisasi is better (polaritas).</summary>
    /// <param name="value">The value.</param>
    /// <param name="language">The language of the name.</param>
    /// <returns>The name, such as <c>kondisi normal (semakin tinggi semakin baik)</c> (Indonesian) or <c>higher is better</c> (English).</returns>
    public static string Of(Polarity value, MessageLanguage language = MessageLanguage.Indonesian) => Pick((int)value, language, value switch
    {
        Polarity.Positive => ("kondisi normal (semakin tinggi semakin baik)", "higher is better"),
        Polarity.Negative => ("kondisi khusus (semakin rendah semakin baik)", "lower is better"),
        Polarity.KeepStable => ("tetap (semakin dekat target semakin baik)", "closest to the target is best"),
        _ => null,
    });

    /// <summary>The name of a <see cref="AggregationMethod"/> value: how quarters add up.</summary>
    /// <param name="value">The value.</param>
    /// <param name="language">The language of the name.</param>
    /// <returns>The name, such as <c>kumulatif</c> (Indonesian) or <c>cumulative sum</c> (English).</returns>
    public static string Of(AggregationMethod value, MessageLanguage language = MessageLanguage.Indonesian) => Pick((int)value, language, value switch
    {
        AggregationMethod.CumulativeSum => ("kumulatif", "cumulative sum"),
        AggregationMethod.LastValue => ("posisi akhir", "last value"),
        AggregationMethod.Average => ("rata-rata", "average"),
        AggregationMethod.Maximum => ("maksimum", "maximum"),
        AggregationMethod.Minimum => ("minimum", "minimum"),
        _ => null,
    });

    /// <summary>The name of a <see cref="ValueKind"/> value: what kind of value an indicator measures.</summary>
    /// <param name="value">The value.</param>
    /// <param name="language">The language of the name.</param>
    /// <returns>The name, such as <c>angka</c> (Indonesian) or <c>number</c> (English).</returns>
    public static string Of(ValueKind value, MessageLanguage language = MessageLanguage.Indonesian) => Pick((int)value, language, value switch
    {
        ValueKind.Number => ("angka", "number"),
        ValueKind.Percentage => ("persentase", "percentage"),
        ValueKind.Rupiah => ("rupiah", "rupiah amount"),
        ValueKind.QualitativeGrade => ("predikat", "grade"),
        _ => null,
    });

    /// <summary>The name of a <see cref="TargetKind"/> value: the shape of a target.</summary>
    /// <param name="value">The value.</param>
    /// <param name="language">The language of the name.</param>
    /// <returns>The name, such as <c>satu angka</c> (Indonesian) or <c>single number</c> (English).</returns>
    public static string Of(TargetKind value, MessageLanguage language = MessageLanguage.Indonesian) => Pick((int)value, language, value switch
    {
        TargetKind.Value => ("satu angka", "single number"),
        TargetKind.Range => ("rentang", "range"),
        TargetKind.Grade => ("predikat", "grade"),
        _ => null,
    });

    /// <summary>The name of a <see cref="ActingStatus"/> value: whether an official holds a position or acts in it.</summary>
    /// <param name="value">The value.</param>
    /// <param name="language">The language of the name.</param>
    /// <returns>The name, such as <c>definitif</c> (Indonesian) or <c>definitive</c> (English).</returns>
    public static string Of(ActingStatus value, MessageLanguage language = MessageLanguage.Indonesian) => Pick((int)value, language, value switch
    {
        ActingStatus.Definitive => ("definitif", "definitive"),
        ActingStatus.Plt => ("Plt. (pelaksana tugas)", "Plt. (acting, position vacant)"),
        ActingStatus.Plh => ("Plh. (pelaksana harian)", "Plh. (acting, holder away)"),
        _ => null,
    });

    /// <summary>The name of a <see cref="ProgramKind"/> value: what a budgeted item is.</summary>
    /// <param name="value">The value.</param>
    /// <param name="language">The language of the name.</param>
    /// <returns>The name, such as <c>program</c> (Indonesian) or <c>program</c> (English).</returns>
    public static string Of(ProgramKind value, MessageLanguage language = MessageLanguage.Indonesian) => Pick((int)value, language, value switch
    {
        ProgramKind.Program => ("program", "program"),
        ProgramKind.Kegiatan => ("kegiatan", "activity (kegiatan)"),
        ProgramKind.SubKegiatan => ("sub kegiatan", "sub-activity (sub kegiatan)"),
        _ => null,
    });

    /// <summary>The name of a <see cref="NipSex"/> value: the sex coded in a NIP.</summary>
    /// <param name="value">The value.</param>
    /// <param name="language">The language of the name.</param>
    /// <returns>The name, such as <c>laki-laki</c> (Indonesian) or <c>male</c> (English).</returns>
    public static string Of(NipSex value, MessageLanguage language = MessageLanguage.Indonesian) => Pick((int)value, language, value switch
    {
        NipSex.Male => ("laki-laki", "male"),
        NipSex.Female => ("perempuan", "female"),
        _ => null,
    });

    /// <summary>The name of a <see cref="Efficiency"/> value: the efficiency of a program (tingkat efisiensi).</summary>
    /// <param name="value">The value.</param>
    /// <param name="language">The language of the name.</param>
    /// <returns>The name, such as <c>efisien</c> (Indonesian) or <c>efficient</c> (English).</returns>
    public static string Of(Efficiency value, MessageLanguage language = MessageLanguage.Indonesian) => Pick((int)value, language, value switch
    {
        Efficiency.Efisien => ("efisien", "efficient"),
        Efficiency.CukupEfisien => ("cukup efisien", "fairly efficient"),
        Efficiency.TidakEfisien => ("tidak efisien", "not efficient"),
        _ => null,
    });

    /// <summary>The name of a <see cref="SerapanStatus"/> value: whether a serapan figure was computed.</summary>
    /// <param name="value">The value.</param>
    /// <param name="language">The language of the name.</param>
    /// <returns>The name, such as <c>dihitung</c> (Indonesian) or <c>computed</c> (English).</returns>
    public static string Of(SerapanStatus value, MessageLanguage language = MessageLanguage.Indonesian) => Pick((int)value, language, value switch
    {
        SerapanStatus.Computed => ("dihitung", "computed"),
        SerapanStatus.NotReported => ("belum dilaporkan", "not reported"),
        SerapanStatus.ZeroPagu => ("pagu nol", "zero pagu"),
        _ => null,
    });

    /// <summary>The name of a <see cref="Measurement.BudgetEntryMode"/> value: how a measurement set's budget amounts were entered.</summary>
    /// <param name="value">The value.</param>
    /// <param name="language">The language of the name.</param>
    /// <returns>The name.</returns>
    public static string Of(Measurement.BudgetEntryMode value, MessageLanguage language = MessageLanguage.Indonesian) => Pick((int)value, language, value switch
    {
        Measurement.BudgetEntryMode.PerTriwulan => ("per triwulan", "per quarter"),
        Measurement.BudgetEntryMode.Cumulative => ("kumulatif (s.d. triwulan)", "cumulative (to the quarter)"),
        _ => null,
    });

    /// <summary>The name of a <see cref="Scales.CategoryBasis"/> value: which figure a category scale classifies.</summary>
    /// <param name="value">The value.</param>
    /// <param name="language">The language of the name.</param>
    /// <returns>The name.</returns>
    public static string Of(Scales.CategoryBasis value, MessageLanguage language = MessageLanguage.Indonesian) => Pick((int)value, language, value switch
    {
        Scales.CategoryBasis.Printed => ("angka tercetak (dibulatkan)", "printed figure (rounded)"),
        Scales.CategoryBasis.Exact => ("angka tepat", "exact figure"),
        _ => null,
    });

    /// <summary>The name of a <see cref="DayCounting"/> value: how days of a time standard are counted.</summary>
    /// <param name="value">The value.</param>
    /// <param name="language">The language of the name.</param>
    /// <returns>The name, such as <c>hari kerja</c> (Indonesian) or <c>working days</c> (English).</returns>
    public static string Of(DayCounting value, MessageLanguage language = MessageLanguage.Indonesian) => Pick((int)value, language, value switch
    {
        DayCounting.WorkingDays => ("hari kerja", "working days"),
        DayCounting.CalendarDays => ("hari kalender", "calendar days"),
        _ => null,
    });

    /// <summary>The name of a <see cref="DayReading"/> value: how "N Hari" is read.</summary>
    /// <param name="value">The value.</param>
    /// <param name="language">The language of the name.</param>
    /// <returns>The name, such as <c>waktu kerja sampai akhir hari kerja</c> (Indonesian) or <c>working time to the close of the day</c> (English).</returns>
    public static string Of(DayReading value, MessageLanguage language = MessageLanguage.Indonesian) => Pick((int)value, language, value switch
    {
        DayReading.WorkingTimeToClose => ("waktu kerja sampai akhir hari kerja", "working time to the close of the day"),
        DayReading.WorkingTime => ("waktu kerja tepat", "working time exactly"),
        DayReading.WholeDaysAfterStartDay => ("hari kerja penuh setelah hari mulai", "whole working days after the start day"),
        _ => null,
    });

    /// <summary>The name of a <see cref="HolidayKind"/> value: the kind of a day off.</summary>
    /// <param name="value">The value.</param>
    /// <param name="language">The language of the name.</param>
    /// <returns>The name, such as <c>libur nasional</c> (Indonesian) or <c>national holiday</c> (English).</returns>
    public static string Of(HolidayKind value, MessageLanguage language = MessageLanguage.Indonesian) => Pick((int)value, language, value switch
    {
        HolidayKind.National => ("libur nasional", "national holiday"),
        HolidayKind.CutiBersama => ("cuti bersama", "collective leave (cuti bersama)"),
        HolidayKind.Local => ("libur daerah atau kantor", "regional or office day off"),
        _ => null,
    });

    /// <summary>The name of a <see cref="NegativePolarityFormula"/> value: the formula of kondisi khusus.</summary>
    /// <param name="value">The value.</param>
    /// <param name="language">The language of the name.</param>
    /// <returns>The name, such as <c>rumus (2T - R) / T × 100</c> (Indonesian) or <c>formula (2T - R) / T × 100</c> (English).</returns>
    public static string Of(NegativePolarityFormula value, MessageLanguage language = MessageLanguage.Indonesian) => Pick((int)value, language, value switch
    {
        NegativePolarityFormula.TwoMinusRatio => ("rumus (2T - R) / T × 100", "formula (2T - R) / T × 100"),
        NegativePolarityFormula.InverseRatio => ("rumus T / R × 100", "formula T / R × 100"),
        _ => null,
    });

    /// <summary>The name of a <see cref="ZeroTargetRule"/> value: what a target of 0 gives.</summary>
    /// <param name="value">The value.</param>
    /// <param name="language">The language of the name.</param>
    /// <returns>The name, such as <c>tidak dapat dihitung</c> (Indonesian) or <c>not computable</c> (English).</returns>
    public static string Of(ZeroTargetRule value, MessageLanguage language = MessageLanguage.Indonesian) => Pick((int)value, language, value switch
    {
        ZeroTargetRule.NotComputable => ("tidak dapat dihitung", "not computable"),
        ZeroTargetRule.Zero => ("nol", "zero"),
        ZeroTargetRule.HundredWhenMet => ("100 bila target tercapai", "100 when the target is met"),
        _ => null,
    });

    /// <summary>The name of a <see cref="CapaianStatus"/> value: whether a capaian figure was computed.</summary>
    /// <param name="value">The value.</param>
    /// <param name="language">The language of the name.</param>
    /// <returns>The name, such as <c>dihitung</c> (Indonesian) or <c>computed</c> (English).</returns>
    public static string Of(CapaianStatus value, MessageLanguage language = MessageLanguage.Indonesian) => Pick((int)value, language, value switch
    {
        CapaianStatus.Computed => ("dihitung", "computed"),
        CapaianStatus.NotReported => ("belum dilaporkan", "not reported"),
        CapaianStatus.NotComputable => ("tidak dapat dihitung", "not computable"),
        _ => null,
    });

    /// <summary>The name of a <see cref="CapaianReason"/> value: why a capaian has no figure, or which policy gave it; the reasons <see cref="CapaianFormat.FormatResult"/> writes.</summary>
    /// <param name="value">The value.</param>
    /// <param name="language">The language of the name.</param>
    /// <returns>The name, such as <c>dihitung dengan rumus indikator</c> (Indonesian) or <c>computed by the indicator's formula</c> (English).</returns>
    public static string Of(CapaianReason value, MessageLanguage language = MessageLanguage.Indonesian) => Pick((int)value, language, value switch
    {
        CapaianReason.None => ("dihitung dengan rumus indikator", "computed by the indicator's formula"),
        CapaianReason.NotReported => ("belum dilaporkan", "not reported"),
        CapaianReason.ZeroTarget => ("target nol", "zero target"),
        CapaianReason.ZeroRealisasi => ("realisasi nol pada rumus T/R", "zero realisasi under T/R"),
        CapaianReason.TargetMissing => ("target triwulan tidak ditetapkan", "no target for the quarter"),
        CapaianReason.GradeNotInScale => ("predikat tidak ada dalam skala", "grade not in scale"),
        CapaianReason.KindMismatch => ("predikat dan angka tercampur", "grade and number mixed"),
        CapaianReason.OutOfRange => ("capaian di luar jangkauan angka", "capaian beyond the range of numbers"),
        _ => null,
    });

    /// <summary>The name of a <see cref="NumberCulture"/> value: how numbers are written.</summary>
    /// <param name="value">The value.</param>
    /// <param name="language">The language of the name.</param>
    /// <returns>The name, such as <c>format Indonesia (1.234,57)</c> (Indonesian) or <c>Indonesian format (1.234,57)</c> (English).</returns>
    public static string Of(NumberCulture value, MessageLanguage language = MessageLanguage.Indonesian) => Pick((int)value, language, value switch
    {
        NumberCulture.Indonesian => ("format Indonesia (1.234,57)", "Indonesian format (1.234,57)"),
        NumberCulture.Invariant => ("format invarian (1234.57)", "invariant format (1234.57)"),
        _ => null,
    });

    /// <summary>The name of a <see cref="RecapLevel"/> value: the level of a recap group.</summary>
    /// <param name="value">The value.</param>
    /// <param name="language">The language of the name.</param>
    /// <returns>The name, such as <c>indikator</c> (Indonesian) or <c>indicator</c> (English).</returns>
    public static string Of(RecapLevel value, MessageLanguage language = MessageLanguage.Indonesian) => Pick((int)value, language, value switch
    {
        RecapLevel.Indicator => ("indikator", "indicator"),
        RecapLevel.Sasaran => ("sasaran", "sasaran"),
        RecapLevel.Unit => ("unit kerja", "unit"),
        RecapLevel.Kecamatan => ("kecamatan", "kecamatan"),
        RecapLevel.Kabupaten => ("kabupaten", "kabupaten"),
        RecapLevel.National => ("nasional", "national"),
        RecapLevel.Program => ("program", "program"),
        _ => null,
    });

    /// <summary>The name of a <see cref="Band101To110Rule"/> value: how nilai capaian treats 101-110 %.</summary>
    /// <param name="value">The value.</param>
    /// <param name="language">The language of the name.</param>
    /// <returns>The name, such as <c>tidak dihitung</c> (Indonesian) or <c>not computed</c> (English).</returns>
    public static string Of(Band101To110Rule value, MessageLanguage language = MessageLanguage.Indonesian) => Pick((int)value, language, value switch
    {
        Band101To110Rule.NotComputable => ("tidak dihitung", "not computed"),
        Band101To110Rule.LinearFrom101 => ("linear dari 101 %", "linear from 101 %"),
        _ => null,
    });

    /// <summary>The name of a <see cref="SakipBoundary"/> value: which grade a value on a boundary gets.</summary>
    /// <param name="value">The value.</param>
    /// <param name="language">The language of the name.</param>
    /// <returns>The name, such as <c>batas masuk predikat bawah</c> (Indonesian) or <c>boundary in the lower grade</c> (English).</returns>
    public static string Of(SakipBoundary value, MessageLanguage language = MessageLanguage.Indonesian) => Pick((int)value, language, value switch
    {
        SakipBoundary.UpperInclusive => ("batas masuk predikat bawah", "boundary in the lower grade"),
        SakipBoundary.LowerInclusive => ("batas masuk predikat atas", "boundary in the higher grade"),
        _ => null,
    });

    /// <summary>The name of a <see cref="MutuBakuUnit"/> value: the unit of a mutu baku waktu.</summary>
    /// <param name="value">The value.</param>
    /// <param name="language">The language of the name.</param>
    /// <returns>The name, such as <c>tanpa mutu baku waktu</c> (Indonesian) or <c>no time standard</c> (English).</returns>
    public static string Of(MutuBakuUnit value, MessageLanguage language = MessageLanguage.Indonesian) => Pick((int)value, language, value switch
    {
        MutuBakuUnit.None => ("tanpa mutu baku waktu", "no time standard"),
        MutuBakuUnit.Minute => ("menit", "minutes"),
        MutuBakuUnit.Hour => ("jam", "hours"),
        MutuBakuUnit.Day => ("hari", "days"),
        MutuBakuUnit.Week => ("minggu", "weeks"),
        MutuBakuUnit.Instruction => ("sesuai arahan pimpinan", "by instruction"),
        _ => null,
    });

    /// <summary>The name of a <see cref="SopChainStatus"/> value: what a check of an SOP instance's hash chain found.</summary>
    /// <param name="value">The value.</param>
    /// <param name="language">The language of the name.</param>
    /// <returns>The name, such as <c>utuh</c> (Indonesian) or <c>intact</c> (English).</returns>
    public static string Of(SopChainStatus value, MessageLanguage language = MessageLanguage.Indonesian) => Pick((int)value, language, value switch
    {
        SopChainStatus.Intact => ("utuh", "intact"),
        SopChainStatus.SealedAtMigration => ("disegel saat migrasi", "sealed at migration"),
        SopChainStatus.Unchained => ("tanpa rantai hash", "unchained"),
        SopChainStatus.Broken => ("rusak", "broken"),
        _ => null,
    });

    /// <summary>The name of a <see cref="SopChainFault"/> value: how a hash chain is broken.</summary>
    /// <param name="value">The value.</param>
    /// <param name="language">The language of the name.</param>
    /// <returns>The name, such as <c>tidak rusak</c> (Indonesian) or <c>not broken</c> (English).</returns>
    public static string Of(SopChainFault value, MessageLanguage language = MessageLanguage.Indonesian) => Pick((int)value, language, value switch
    {
        SopChainFault.None => ("tidak rusak", "not broken"),
        SopChainFault.Unhashed => ("peristiwa tanpa hash", "event without a hash"),
        SopChainFault.Missing => ("peristiwa hilang", "event missing"),
        SopChainFault.OutOfOrder => ("urutan peristiwa salah", "events out of order"),
        SopChainFault.WrongGenesis => ("awal rantai salah", "wrong genesis"),
        SopChainFault.PreviousHashMismatch => ("hash sebelumnya tidak cocok", "previous hash mismatch"),
        SopChainFault.HashMismatch => ("hash tidak cocok", "hash mismatch"),
        SopChainFault.HeadMismatch => ("ujung rantai tidak cocok", "head mismatch"),
        _ => null,
    });

    /// <summary>The name of a <see cref="SopOutputPolicy"/> value: what the engine does when a step's outputs are not attached.</summary>
    /// <param name="value">The value.</param>
    /// <param name="language">The language of the name.</param>
    /// <returns>The name, such as <c>diterima dengan peringatan</c> (Indonesian) or <c>accepted with a warning</c> (English).</returns>
    public static string Of(SopOutputPolicy value, MessageLanguage language = MessageLanguage.Indonesian) => Pick((int)value, language, value switch
    {
        SopOutputPolicy.Warn => ("diterima dengan peringatan", "accepted with a warning"),
        SopOutputPolicy.Off => ("diterima tanpa peringatan", "accepted silently"),
        SopOutputPolicy.Require => ("wajib dilampirkan", "required"),
        _ => null,
    });

    /// <summary>The name of a <see cref="SopEventKind"/> value: what happened in an SOP instance.</summary>
    /// <param name="value">The value.</param>
    /// <param name="language">The language of the name.</param>
    /// <returns>The name, such as <c>dimulai</c> (Indonesian) or <c>started</c> (English).</returns>
    public static string Of(SopEventKind value, MessageLanguage language = MessageLanguage.Indonesian) => Pick((int)value, language, value switch
    {
        SopEventKind.Started => ("dimulai", "started"),
        SopEventKind.Completed => ("diselesaikan", "completed"),
        SopEventKind.Approved => ("disetujui", "approved"),
        SopEventKind.Returned => ("dikembalikan", "returned"),
        SopEventKind.Cancelled => ("dibatalkan", "cancelled"),
        SopEventKind.Instructed => ("arahan waktu", "time set by instruction"),
        _ => null,
    });

    /// <summary>The name of a <see cref="SopGapPolicy"/> value: what an SOP instance does at a gap of its source.</summary>
    /// <param name="value">The value.</param>
    /// <param name="language">The language of the name.</param>
    /// <returns>The name, such as <c>dicatat, pekerjaan berlanjut</c> (Indonesian) or <c>recorded, the work goes on</c> (English).</returns>
    public static string Of(SopGapPolicy value, MessageLanguage language = MessageLanguage.Indonesian) => Pick((int)value, language, value switch
    {
        SopGapPolicy.Record => ("dicatat, pekerjaan berlanjut", "recorded, the work goes on"),
        SopGapPolicy.Stop => ("berhenti pada celah", "stop at the gap"),
        _ => null,
    });

    /// <summary>The name of a <see cref="SopStatus"/> value: the state of an SOP instance.</summary>
    /// <param name="value">The value.</param>
    /// <param name="language">The language of the name.</param>
    /// <returns>The name, such as <c>berjalan</c> (Indonesian) or <c>running</c> (English).</returns>
    public static string Of(SopStatus value, MessageLanguage language = MessageLanguage.Indonesian) => Pick((int)value, language, value switch
    {
        SopStatus.Running => ("berjalan", "running"),
        SopStatus.Completed => ("selesai", "completed"),
        SopStatus.Cancelled => ("dibatalkan", "cancelled"),
        SopStatus.CompletedWithGaps => ("selesai dengan celah sumber", "completed with gaps in its source"),
        SopStatus.StoppedAtGap => ("berhenti pada celah sumber", "stopped at a gap in its source"),
        _ => null,
    });

    /// <summary>The name of a <see cref="SopCompletion"/> value: who must act for a step to close.</summary>
    /// <param name="value">The value.</param>
    /// <param name="language">The language of the name.</param>
    /// <returns>The name, such as <c>setiap pelaksana</c> (Indonesian) or <c>every actor</c> (English).</returns>
    public static string Of(SopCompletion value, MessageLanguage language = MessageLanguage.Indonesian) => Pick((int)value, language, value switch
    {
        SopCompletion.All => ("setiap pelaksana", "every actor"),
        SopCompletion.Any => ("salah satu pelaksana", "any one actor"),
        _ => null,
    });

    /// <summary>The name of a <see cref="MessageLanguage"/> value: a language of messages.</summary>
    /// <param name="value">The value.</param>
    /// <param name="language">The language of the name.</param>
    /// <returns>The name, such as <c>bahasa Indonesia</c> (Indonesian) or <c>Indonesian</c> (English).</returns>
    public static string Of(MessageLanguage value, MessageLanguage language = MessageLanguage.Indonesian) => Pick((int)value, language, value switch
    {
        MessageLanguage.Indonesian => ("bahasa Indonesia", "Indonesian"),
        MessageLanguage.English => ("bahasa Inggris", "English"),
        _ => null,
    });

    /// <summary>The name of a <see cref="Severity"/> value: how serious a validation problem is.</summary>
    /// <param name="value">The value.</param>
    /// <param name="language">The language of the name.</param>
    /// <returns>The name, such as <c>kesalahan</c> (Indonesian) or <c>error</c> (English).</returns>
    public static string Of(Severity value, MessageLanguage language = MessageLanguage.Indonesian) => Pick((int)value, language, value switch
    {
        Severity.Error => ("kesalahan", "error"),
        Severity.Warning => ("peringatan", "warning"),
        _ => null,
    });

#pragma warning restore RS0026

    private static string Pick(int number, MessageLanguage language, (string Indonesian, string English)? names)
    {
        var english = language == MessageLanguage.English;
        if (names is not { } n)
        {
            var text = number.ToString(CultureInfo.InvariantCulture);
            return english ? "unknown value (" + text + ")" : "nilai tidak dikenal (" + text + ")";
        }

        return english ? n.English : n.Indonesian;
    }
}
