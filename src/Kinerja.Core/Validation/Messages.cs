using System.Text;

namespace Kinerja.Core.Validation;

/// <summary>
/// The message templates, one table per language, Indonesian first. <c>{path}</c> is the field,
/// <c>{value}</c> the attempted value, <c>{0}</c>, <c>{1}</c> ... the problem's arguments.
/// </summary>
internal static class Messages
{
    private static readonly Dictionary<string, string> Indonesian = new(StringComparer.Ordinal)
    {
        [ProblemCodes.Required] = "{path} wajib diisi.",
        [ProblemCodes.Duplicate] = "{path}: nilai '{value}' sudah dipakai di {0}.",
        [ProblemCodes.YearOutOfRange] = "{path}: tahun {value} di luar rentang [{0}-{1}].",
        [ProblemCodes.TriwulanOutOfRange] = "{path}: triwulan {value} tidak ada; triwulan harus 1 sampai 4.",
        [ProblemCodes.NipLength] = "{path}: NIP '{value}' berisi {0} angka; NIP harus 18 angka.",
        [ProblemCodes.NipCharacter] = "{path}: NIP '{value}' berisi karakter '{0}' di posisi {1}; hanya angka dan spasi yang boleh.",
        [ProblemCodes.NipBirthDate] = "{path}: NIP '{value}': angka 1-8 ('{0}') bukan tanggal lahir yang sah (yyyymmdd).",
        [ProblemCodes.NipAppointment] = "{path}: NIP '{value}': angka 9-14 ('{0}') bukan tahun dan bulan pengangkatan yang sah (yyyymm).",
        [ProblemCodes.NipAppointmentAge] = "{path}: NIP '{value}': pengangkatan {0} sebelum pemegang NIP berumur 18 tahun (lahir {1}).",
        [ProblemCodes.NipSex] = "{path}: NIP '{value}': angka ke-15 ('{0}') harus 1 (laki-laki) atau 2 (perempuan).",
        [ProblemCodes.NipSequence] = "{path}: NIP '{value}': nomor urut (angka 16-18) tidak boleh 000.",
        [ProblemCodes.PihakSamePerson] = "{path}: pihak pertama dan pihak kedua tidak boleh orang yang sama (NIP {value}).",
        [ProblemCodes.Empty] = "{path} harus berisi paling sedikit satu {0}.",
        [ProblemCodes.TargetNegative] = "{path}: target {value} negatif; target tidak boleh kurang dari 0.",
        [ProblemCodes.TargetRangeUnordered] = "{path}: batas bawah {0} lebih besar dari batas atas {1}.",
        [ProblemCodes.TargetKind] = "{path}: target berupa {2} tidak sesuai dengan indikator yang nilainya {0}.",
        [ProblemCodes.GradeUnknown] = "{path}: predikat '{value}' tidak ada dalam skala {0} ({1}).",
        [ProblemCodes.GradeScaleMissing] = "{path}: indikator kualitatif memerlukan skala predikat.",
        [ProblemCodes.AggregationNotForGrades] = "{path}: metode {value} tidak dapat menjumlahkan atau merata-ratakan predikat; gunakan LastValue, Maximum atau Minimum.",
        [ProblemCodes.TriwulanTargetsInconsistent] = "{path}: target triwulan tidak konsisten dengan target tahunan menurut metode {0}: {1} = {value}, target tahunan = {2}.",
        [ProblemCodes.TriwulanTargetsIncomplete] = "{path}: target triwulan hanya diisi untuk {value}; metode {0} memerlukan target {1}.",
        [ProblemCodes.AmountNegative] = "{path}: jumlah Rp {value} negatif; jumlah uang tidak boleh kurang dari 0.",
        [ProblemCodes.AmountExceedsPagu] = "{path}: realisasi anggaran sampai {0} (Rp {value}) melebihi pagu Rp {1}.",
        [ProblemCodes.AmountCumulativeDecreasing] = "{path}: realisasi anggaran program {0} s.d. {1} (Rp {value}) lebih kecil daripada s.d. {2} (Rp {3}); angka kumulatif tidak boleh turun.",
        [ProblemCodes.AmountCumulativeGap] = "{path}: realisasi anggaran program {0} s.d. {1} (Rp {value}) diisi kumulatif, tetapi s.d. {2} tidak dilaporkan, sehingga realisasi {1} sendiri tidak dapat dihitung; isi juga angka s.d. {2}.",
        [ProblemCodes.RealisasiNegative] = "{path}: realisasi {value} negatif; realisasi tidak boleh kurang dari 0.",
        [ProblemCodes.RealisasiKind] = "{path}: realisasi '{value}' tidak sesuai dengan indikator yang nilainya {0}.",
        [ProblemCodes.UnknownReference] = "{path}: {0} '{value}' tidak ditemukan.",
        [ProblemCodes.CascadeYear] = "{path}: PK induk tahun {value} berbeda dengan tahun PK ini ({0}).",
        [ProblemCodes.RevisionOutOfOrder] = "{path}: {0}",
        [ProblemCodes.ScaleEmpty] = "{path}: skala kategori harus berisi paling sedikit satu kategori.",
        [ProblemCodes.ScaleBoundsUnordered] = "{path}: batas bawah {0} tidak lebih kecil dari batas atas {1}.",
        [ProblemCodes.ScaleGap] = "{path}: ada celah antara '{0}' {1} dan '{2}' {3}; nilai di antaranya tidak berkategori.",
        [ProblemCodes.ScaleOverlap] = "{path}: '{0}' {1} dan '{2}' {3} tumpang tindih.",
        [ProblemCodes.ScaleUnbounded] = "{path}: kategori '{0}' punya batas {1} {value}; nilai di luarnya tidak berkategori. Kosongkan batas itu (null).",
        [ProblemCodes.PeriodUnordered] = "{path}: tanggal akhir {value} sebelum tanggal mulai {0}.",
        [ProblemCodes.TimeStandardFormat] = "{path}: '{value}' bukan standar waktu; tulis angka dan satuan (menit, jam, hari, minggu), misalnya '15 Menit', '0,5 Hari' atau '3 - 5 Hari', atau '-' bila tidak ada.",
        [ProblemCodes.TimeStandardRange] = "{path}: standar waktu '{value}' tidak sah: batas bawah {0} harus lebih dari 0 dan tidak melebihi batas atas {1}.",
        [ProblemCodes.WorkingHours] = "{path}: jam kerja '{value}' tidak sah: jam selesai harus sesudah jam mulai, keduanya tepat pada menit, dan panjang hari kerja lebih dari 0 dan paling lama 24:00.",
        [ProblemCodes.SopUnreachable] = "{path}: langkah {value} tidak dapat dicapai dari langkah pertama.",
        [ProblemCodes.SopNoWayOut] = "{path}: kembali ke langkah {value} menutup putaran langkah {0} yang tidak pernah sampai ke akhir SOP.",
        [ProblemCodes.SopDefinitionInvalid] = "{path}: {0} (nilai '{value}').",
        [ProblemCodes.SopUnknownRole] = "{path}: peran '{value}' tidak dikenal; yang paling mirip: {0}.",
        [ProblemCodes.SopRoleNameShared] = "{path}: nama '{value}' dipakai oleh peran {0} dan peran {1}; setiap nama hanya boleh menunjuk satu peran.",
        [ProblemCodes.SopReturnNotBack] = "{path}: langkah keputusan {0} mengembalikan pekerjaan ke langkah {value}, yaitu dirinya sendiri atau langkah sesudahnya; nyatakan 'returnAnywhere' bila memang dimaksudkan.",
        [ProblemCodes.SopReturnRoleNotBefore] = "{path}: tidak ada langkah sebelum langkah {0} yang dikerjakan oleh peran '{value}', sehingga pekerjaan tidak dapat dikembalikan kepadanya.",
        [ProblemCodes.SopJoinMissing] = "{path}: cabang kerja paralel dari langkah {0} bertemu di langkah {value}, yang tidak ditandai sebagai penggabungan ('join').",
        [ProblemCodes.SopStepNotOpen] = "{path}: langkah {value} tidak sedang terbuka; langkah terbuka: {0}.",
        [ProblemCodes.SopAmbiguousStep] = "{path}: pegawai ini dapat mengerjakan beberapa langkah terbuka ({0}); sebutkan langkah yang dimaksud.",
        [ProblemCodes.SopOutputsMissing] = "{path}: keluaran langkah {0} belum dilampirkan: {value}.",
        [ProblemCodes.OutOfRange] = "{path}: nilai {value} di luar rentang [{0}-{1}].",
        [ProblemCodes.SopLogInconsistent] = "{path}: peristiwa '{value}' tidak dapat diputar ulang: {0}.",
        [ProblemCodes.SopChainBroken] = "{path}: rantai hash log terputus: {0}.",
        [ProblemCodes.SopClockBehind] = "{path}: jam mesin menunjukkan {value}, lebih awal dari peristiwa terakhir instans ({0}); tindakan ditolak agar urutan waktu log tetap benar.",
        [ProblemCodes.SopStaleVersion] = "{path}: tindakan memakai versi {value}, padahal versi instans sekarang {0}; muat ulang lalu coba lagi.",
        [ProblemCodes.SopNotRunning] = "{path}: SOP ini sudah {0}; tidak ada langkah yang dapat dikerjakan.",
        [ProblemCodes.SopUnknownPerson] = "{path}: pegawai '{value}' tidak terdaftar pada kantor ini.",
        [ProblemCodes.SopWrongRole] = "{path}: '{value}' tidak memegang peran {0} yang mengerjakan langkah {1}.",
        [ProblemCodes.SopWrongAction] = "{path}: langkah {0} {1}; tindakan '{3}' tidak dapat dipakai.",
        [ProblemCodes.SopReasonRequired] = "{path}: alasan wajib diisi untuk tindakan '{0}'.",
        [ProblemCodes.SopSeparationOfDuties] = "{path}: '{value}' menyiapkan hasil langkah {0} sehingga tidak boleh memutuskan langkah {1}.",
        [ProblemCodes.JsonMalformed] = "{path}: JSON tidak sah di baris {0}, posisi {1} ({2}): {3}.",
        [ProblemCodes.JsonTooLarge] = "{path}: dokumen JSON sepanjang {value} karakter melebihi batas {0} karakter.",
        [ProblemCodes.JsonDuplicateProperty] = "{path}: properti '{value}' ditulis dua kali dalam objek yang sama; hapus salah satunya.",
        [ProblemCodes.JsonType] = "{path}: nilai {value} harus berupa {0}.",
        [ProblemCodes.JsonUnknownProperty] = "{path}: properti '{value}' tidak dikenal.",
        [ProblemCodes.JsonSchemaVersion] = "{path}: versi skema {value} tidak dikenal; versi yang dapat dibaca: {0}.",
        [ProblemCodes.ExcelUnreadable] = "{path}: berkas tidak dapat dibaca sebagai buku kerja Excel (.xlsx); mungkin berkas itu bukan buku kerja, rusak, atau dilindungi kata sandi.",
        [ProblemCodes.ExcelSheetMissing] = "Lembar {path} tidak ada dalam buku kerja (lembar yang ada: {0}).",
        [ProblemCodes.ExcelFormMismatch] = "Lembar '{0}' baris {1} kolom {2}: '{value}' tidak sesuai; formulir yang diharapkan: {3}. Sel: {path}.",
        [ProblemCodes.ExcelValueChanged] = "Lembar '{0}' baris {1} kolom {2}: '{value}' berbeda dengan PK ('{3}'); kolom ini diisi dari PK dan tidak boleh diubah. Sel: {path}.",
        [ProblemCodes.ExcelUnknownIndicator] = "Lembar '{0}' baris {1} kolom {2}: indikator '{value}' tidak ada dalam {3}. Sel: {path}.",
        [ProblemCodes.ExcelDuplicateRow] = "Lembar '{0}' baris {1} kolom {2}: indikator '{value}' sudah ada di baris {3}. Sel: {path}.",
        [ProblemCodes.ExcelMissingRow] = "Lembar {path}: baris indikator '{value}' ({0}) tidak ada; jangan menghapus baris dari formulir.",
        [ProblemCodes.ExcelNotANumber] = "Lembar '{0}' baris {1} kolom {2}: '{value}' bukan angka; tulis angka dengan koma desimal, misalnya 81,2. Sel: {path}.",
        [ProblemCodes.ExcelNegative] = "Lembar '{0}' baris {1} kolom {2}: realisasi {value} negatif; realisasi tidak boleh kurang dari 0. Sel: {path}.",
        [ProblemCodes.ExcelGradeUnknown] = "Lembar '{0}' baris {1} kolom {2}: '{value}' bukan predikat skala {3}. Sel: {path}.",
        [ProblemCodes.ExcelNoteWithoutRealisasi] = "Lembar '{0}' baris {1} kolom {2}: realisasi kosong (tidak dilaporkan), sehingga '{value}' tidak ikut diimpor. Sel: {path}.",
        [ProblemCodes.JsonKind] = "{path}: dokumen ini berjenis '{value}', bukan '{0}' yang diminta.",
        [ProblemCodes.RecapFiguresInconsistent] = "{path}: nilai {value} tidak konsisten: {0}.",
    };

    private static readonly Dictionary<string, string> English = new(StringComparer.Ordinal)
    {
        [ProblemCodes.Required] = "{path} is required.",
        [ProblemCodes.Duplicate] = "{path}: value '{value}' is already used at {0}.",
        [ProblemCodes.YearOutOfRange] = "{path}: year {value} should be in range [{0}-{1}].",
        [ProblemCodes.TriwulanOutOfRange] = "{path}: quarter {value} does not exist; value should be in range [1-4].",
        [ProblemCodes.NipLength] = "{path}: NIP '{value}' has {0} digits; a NIP has 18.",
        [ProblemCodes.NipCharacter] = "{path}: NIP '{value}' holds '{0}' at position {1}; only digits and spaces are allowed.",
        [ProblemCodes.NipBirthDate] = "{path}: NIP '{value}': digits 1-8 ('{0}') are not a valid date of birth (yyyymmdd).",
        [ProblemCodes.NipAppointment] = "{path}: NIP '{value}': digits 9-14 ('{0}') are not a valid appointment year and month (yyyymm).",
        [ProblemCodes.NipAppointmentAge] = "{path}: NIP '{value}': appointment {0} is before the holder turned 18 (born {1}).",
        [ProblemCodes.NipSex] = "{path}: NIP '{value}': digit 15 ('{0}') should be 1 (male) or 2 (female).",
        [ProblemCodes.NipSequence] = "{path}: NIP '{value}': the sequence number (digits 16-18) cannot be 000.",
        [ProblemCodes.PihakSamePerson] = "{path}: pihak pertama and pihak kedua cannot be the same person (NIP {value}).",
        [ProblemCodes.Empty] = "{path} should hold at least one {1}.",
        [ProblemCodes.TargetNegative] = "{path}: target {value} is negative; a target cannot be below 0.",
        [ProblemCodes.TargetRangeUnordered] = "{path}: lower bound {0} is above upper bound {1}.",
        [ProblemCodes.TargetKind] = "{path}: a target that is {3} does not fit an indicator whose values are {1}.",
        [ProblemCodes.GradeUnknown] = "{path}: grade '{value}' is not in scale {0} ({1}).",
        [ProblemCodes.GradeScaleMissing] = "{path}: a qualitative indicator needs a grade scale.",
        [ProblemCodes.AggregationNotForGrades] = "{path}: method {value} cannot add up or average grades; use LastValue, Maximum or Minimum.",
        [ProblemCodes.TriwulanTargetsInconsistent] = "{path}: quarterly targets are inconsistent with the annual target under method {0}: {1} = {value}, annual target = {2}.",
        [ProblemCodes.TriwulanTargetsIncomplete] = "{path}: quarterly targets are given only for {value}; method {0} needs the target of {1}.",
        [ProblemCodes.AmountNegative] = "{path}: amount Rp {value} is negative; money cannot be below 0.",
        [ProblemCodes.AmountExceedsPagu] = "{path}: realisasi anggaran to {0} (Rp {value}) exceeds the pagu of Rp {1}.",
        [ProblemCodes.AmountCumulativeDecreasing] = "{path}: realisasi anggaran of program {0} to {1} (Rp {value}) is less than to {2} (Rp {3}); a cumulative figure cannot decrease.",
        [ProblemCodes.AmountCumulativeGap] = "{path}: realisasi anggaran of program {0} to {1} (Rp {value}) is entered cumulatively, but the figure to {2} is not reported, so {1}'s own amount cannot be derived; enter the figure to {2} too.",
        [ProblemCodes.RealisasiNegative] = "{path}: realisasi {value} is negative; realisasi cannot be below 0.",
        [ProblemCodes.RealisasiKind] = "{path}: realisasi '{value}' does not fit an indicator whose values are {1}.",
        [ProblemCodes.UnknownReference] = "{path}: {1} '{value}' was not found.",
        [ProblemCodes.CascadeYear] = "{path}: the parent PK is for year {value}, this PK for {0}.",
        [ProblemCodes.RevisionOutOfOrder] = "{path}: {1}",
        [ProblemCodes.ScaleEmpty] = "{path}: a category scale needs at least one band.",
        [ProblemCodes.ScaleBoundsUnordered] = "{path}: lower bound {0} is not below upper bound {1}.",
        [ProblemCodes.ScaleGap] = "{path}: gap between '{0}' {1} and '{2}' {3}; values between them have no category.",
        [ProblemCodes.ScaleOverlap] = "{path}: '{0}' {1} and '{2}' {3} overlap.",
        [ProblemCodes.ScaleUnbounded] = "{path}: band '{0}' has {2} bound {value}; values beyond it have no category. Leave that bound empty (null).",
        [ProblemCodes.PeriodUnordered] = "{path}: end date {value} is before start date {0}.",
        [ProblemCodes.TimeStandardFormat] = "{path}: '{value}' is not a time standard; write a number and a unit (menit, jam, hari, minggu), such as '15 Menit', '0,5 Hari' or '3 - 5 Hari', or '-' for none.",
        [ProblemCodes.TimeStandardRange] = "{path}: time standard '{value}' is not valid: the lower bound {0} should be above 0 and not above the upper bound {1}.",
        [ProblemCodes.WorkingHours] = "{path}: working hours '{value}' are not valid (required: {0}).",
        [ProblemCodes.SopUnreachable] = "{path}: step {value} cannot be reached from the first step.",
        [ProblemCodes.SopNoWayOut] = "{path}: going back to step {value} closes a loop of steps {0} that never reaches the end of the SOP.",
        [ProblemCodes.SopDefinitionInvalid] = "{path}: {1} (value '{value}').",
        [ProblemCodes.SopUnknownRole] = "{path}: role '{value}' is not declared; nearest: {0}.",
        [ProblemCodes.SopRoleNameShared] = "{path}: the name '{value}' is used by role {0} and role {1}; a name may stand for one role only.",
        [ProblemCodes.SopReturnNotBack] = "{path}: decision {0} returns the work to step {value}, itself or a later step; say 'returnAnywhere' if that is meant.",
        [ProblemCodes.SopReturnRoleNotBefore] = "{path}: no step before step {0} is done by role '{value}', so work cannot be returned to it.",
        [ProblemCodes.SopJoinMissing] = "{path}: the parallel branches opened by step {0} meet at step {value}, which is not marked as a join.",
        [ProblemCodes.SopStepNotOpen] = "{path}: step {value} is not open; open steps: {0}.",
        [ProblemCodes.SopAmbiguousStep] = "{path}: this person can act on several open steps ({0}); name the step meant.",
        [ProblemCodes.SopOutputsMissing] = "{path}: outputs of step {0} are not attached: {value}.",
        [ProblemCodes.OutOfRange] = "{path}: value {value} should be in range [{0}-{1}].",
        [ProblemCodes.SopLogInconsistent] = "{path}: event '{value}' cannot be replayed: {1}.",
        [ProblemCodes.SopChainBroken] = "{path}: the log's hash chain is broken: {1}.",
        [ProblemCodes.SopClockBehind] = "{path}: the clock reads {value}, earlier than the instance's last event ({0}); the action is refused so that the log's times stay in order.",
        [ProblemCodes.SopStaleVersion] = "{path}: the action carries version {value}, but the instance is now at version {0}; reload and try again.",
        [ProblemCodes.SopNotRunning] = "{path}: this SOP is {1}; no step is open.",
        [ProblemCodes.SopUnknownPerson] = "{path}: person '{value}' is not on this office's roster.",
        [ProblemCodes.SopWrongRole] = "{path}: '{value}' does not hold role {0}, which does step {1}.",
        [ProblemCodes.SopWrongAction] = "{path}: step {0} {2}; action '{4}' does not apply.",
        [ProblemCodes.SopReasonRequired] = "{path}: a reason is required for action '{1}'.",
        [ProblemCodes.SopSeparationOfDuties] = "{path}: '{value}' prepared the output of step {0} and so cannot decide step {1}.",
        [ProblemCodes.JsonMalformed] = "{path}: malformed JSON at line {0}, byte {1} ({2}): {4}.",
        [ProblemCodes.JsonTooLarge] = "{path}: the JSON document of {value} characters is longer than the limit of {0} characters.",
        [ProblemCodes.JsonDuplicateProperty] = "{path}: property '{value}' is written twice in the same object; remove one of them.",
        [ProblemCodes.JsonType] = "{path}: value {value} should be {1}.",
        [ProblemCodes.JsonUnknownProperty] = "{path}: unknown property '{value}'.",
        [ProblemCodes.JsonSchemaVersion] = "{path}: schema version {value} is not known; versions this library reads: {0}.",
        [ProblemCodes.ExcelUnreadable] = "{path}: the file cannot be read as an Excel workbook (.xlsx); it may not be a workbook, or be damaged or password-protected (the reader said: {0}).",
        [ProblemCodes.ExcelSheetMissing] = "Sheet {path} is not in the workbook (sheets found: {0}).",
        [ProblemCodes.ExcelFormMismatch] = "Sheet '{0}' row {1} column {2}: '{value}' does not match; the form expected is {3}. Cell: {path}.",
        [ProblemCodes.ExcelValueChanged] = "Sheet '{0}' row {1} column {2}: '{value}' differs from the PK ('{3}'); this column is filled from the PK and must not be changed. Cell: {path}.",
        [ProblemCodes.ExcelUnknownIndicator] = "Sheet '{0}' row {1} column {2}: indicator '{value}' is not in {3}. Cell: {path}.",
        [ProblemCodes.ExcelDuplicateRow] = "Sheet '{0}' row {1} column {2}: indicator '{value}' already has row {3}. Cell: {path}.",
        [ProblemCodes.ExcelMissingRow] = "Sheet {path}: the row of indicator '{value}' ({0}) is missing; do not delete rows from the form.",
        [ProblemCodes.ExcelNotANumber] = "Sheet '{0}' row {1} column {2}: '{value}' is not a number; write a number with a decimal comma, such as 81,2. Cell: {path}.",
        [ProblemCodes.ExcelNegative] = "Sheet '{0}' row {1} column {2}: realisasi {value} is negative; realisasi cannot be below 0. Cell: {path}.",
        [ProblemCodes.ExcelGradeUnknown] = "Sheet '{0}' row {1} column {2}: '{value}' is not a grade of scale {3}. Cell: {path}.",
        [ProblemCodes.ExcelNoteWithoutRealisasi] = "Sheet '{0}' row {1} column {2}: the realisasi is empty (not reported), so '{value}' was not imported. Cell: {path}.",
        [ProblemCodes.JsonKind] = "{path}: this document is of kind '{value}', not the '{0}' asked for.",
        [ProblemCodes.RecapFiguresInconsistent] = "{path}: value {value} does not add up: {1}.",
    };

    /// <summary>The codes that have a template in every language (for tests).</summary>
    internal static IEnumerable<string> Codes(MessageLanguage language) =>
        (language == MessageLanguage.English ? English : Indonesian).Keys;

    internal static string Format(MessageLanguage language, string code, string path, string? value, IReadOnlyList<string> arguments)
    {
        var table = language == MessageLanguage.English ? English : Indonesian;
        if (!table.TryGetValue(code, out var template))
        {
            template = language == MessageLanguage.English ? "{path}: problem '" + code + "' with value '{value}'." : "{path}: masalah '" + code + "' pada nilai '{value}'.";
        }

        var text = new StringBuilder(template);
        text.Replace("{path}", path);
        text.Replace("{value}", value ?? (language == MessageLanguage.English ? "(empty)" : "(kosong)"));
        for (var i = 0; i < arguments.Count; i++)
        {
            text.Replace("{" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "}", arguments[i]);
        }

        return text.ToString();
    }
}
