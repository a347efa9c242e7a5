namespace Kinerja.Core.Validation;

/// <summary>
/// The codes of every rule the library validates. Codes are stable across versions, so a host
/// may translate, filter or map them (for example to form fields).
/// </summary>
public static class ProblemCodes
{
    /// <summary>A required value is missing or blank.</summary>
    public const string Required = "required";

    /// <summary>A value appears twice where it must be unique (an id, a quarter of one indicator).</summary>
    public const string Duplicate = "duplicate";

    /// <summary>A year is outside the supported range.</summary>
    public const string YearOutOfRange = "year.out-of-range";

    /// <summary>A number is outside its allowed range (a version below 1 ...).</summary>
    public const string OutOfRange = "out-of-range";

    /// <summary>An SOP action carries an instance version that is no longer current (optimistic concurrency).</summary>
    public const string SopStaleVersion = "sop.stale-version";

    /// <summary>An SOP action on an instance that has completed or was cancelled.</summary>
    public const string SopNotRunning = "sop.not-running";

    /// <summary>An SOP action by someone the office roster does not know.</summary>
    public const string SopUnknownPerson = "sop.unknown-person";

    /// <summary>An SOP action by someone who does not hold the role of the step.</summary>
    public const string SopWrongRole = "sop.wrong-role";

    /// <summary>Approve or return on a step that is not a decision, or complete on one that is.</summary>
    public const string SopWrongAction = "sop.wrong-action";

    /// <summary>A return for correction or a cancellation without a reason.</summary>
    public const string SopReasonRequired = "sop.reason-required";

    /// <summary>Separation of duties: whoever prepared the work being decided cannot decide it.</summary>
    public const string SopSeparationOfDuties = "sop.separation-of-duties";

    /// <summary>An event log that cannot be replayed (out of sequence, wrong step, wrong kind, time running backwards).</summary>
    public const string SopLogInconsistent = "sop.log-inconsistent";

    /// <summary>An SOP event log whose hash chain does not hold: an event changed, removed, moved or inserted, or a log from another instance.</summary>
    public const string SopChainBroken = "sop.chain-broken";

    /// <summary>An SOP action whose clock reads earlier than the instance's last event.</summary>
    public const string SopClockBehind = "sop.clock-behind";

    /// <summary>A triwulan (quarter) number is not 1, 2, 3 or 4.</summary>
    public const string TriwulanOutOfRange = "triwulan.out-of-range";

    /// <summary>A NIP does not have 18 digits.</summary>
    public const string NipLength = "nip.length";

    /// <summary>A NIP holds a character that is neither a digit nor a space.</summary>
    public const string NipCharacter = "nip.character";

    /// <summary>The first eight digits of a NIP are not a real date of birth (yyyymmdd).</summary>
    public const string NipBirthDate = "nip.birth-date";

    /// <summary>Digits 9 to 14 of a NIP are not a real appointment year and month (yyyymm).</summary>
    public const string NipAppointment = "nip.appointment";

    /// <summary>The appointment in a NIP is before the holder turned 18.</summary>
    public const string NipAppointmentAge = "nip.appointment-age";

    /// <summary>Digit 15 of a NIP (sex) is neither 1 (male) nor 2 (female).</summary>
    public const string NipSex = "nip.sex";

    /// <summary>The last three digits of a NIP (sequence) are 000.</summary>
    public const string NipSequence = "nip.sequence";

    /// <summary>Pihak pertama and pihak kedua of a PK are the same person.</summary>
    public const string PihakSamePerson = "pihak.same-person";

    /// <summary>A PK has no sasaran, or a sasaran has no indicator.</summary>
    public const string Empty = "empty";

    /// <summary>A numeric target is negative.</summary>
    public const string TargetNegative = "target.negative";

    /// <summary>The lower bound of a range target is above its upper bound.</summary>
    public const string TargetRangeUnordered = "target.range-unordered";

    /// <summary>A target's kind (value, range, grade) does not fit the indicator's value kind; attempted value: the target's
    /// <see cref="Agreements.TargetKind"/>; arguments: the indicator's value kind, then the target's kind, each in Indonesian and in English.</summary>
    public const string TargetKind = "target.kind";

    /// <summary>A grade is not one of the indicator's grade scale.</summary>
    public const string GradeUnknown = "grade.unknown";

    /// <summary>A qualitative indicator has no grade scale.</summary>
    public const string GradeScaleMissing = "grade.scale-missing";

    /// <summary>An aggregation method that cannot add up grades (sum, average) on a qualitative indicator.</summary>
    public const string AggregationNotForGrades = "aggregation.not-for-grades";

    /// <summary>Warning: quarterly targets are inconsistent with the annual target under the indicator's method.</summary>
    public const string TriwulanTargetsInconsistent = "target.triwulan-inconsistent";

    /// <summary>Warning: some quarterly targets are given and others are not.</summary>
    public const string TriwulanTargetsIncomplete = "target.triwulan-incomplete";

    /// <summary>A money amount (pagu, realisasi anggaran) is negative.</summary>
    public const string AmountNegative = "amount.negative";

    /// <summary>Warning: realisasi anggaran to date exceeds the pagu.</summary>
    public const string AmountExceedsPagu = "amount.exceeds-pagu";

    /// <summary>A budget amount entered cumulatively (s.d. triwulan) is below the figure to the quarter before; arguments: the
    /// program, the quarter, the quarter before, the figure to the quarter before.</summary>
    public const string AmountCumulativeDecreasing = "amount.cumulative-decreasing";

    /// <summary>A budget amount entered cumulatively follows a quarter not reported, so its own amount cannot be derived;
    /// arguments: the program, the quarter, the quarter before.</summary>
    public const string AmountCumulativeGap = "amount.cumulative-gap";

    /// <summary>A realisasi value is negative.</summary>
    public const string RealisasiNegative = "realisasi.negative";

    /// <summary>A realisasi is a number for a qualitative indicator, or a grade for a numeric one; arguments: the
    /// indicator's value kind, in Indonesian and in English.</summary>
    public const string RealisasiKind = "realisasi.kind";

    /// <summary>An id refers to an indicator, program or sasaran that does not exist.</summary>
    public const string UnknownReference = "reference.unknown";

    /// <summary>A cascade link points at a PK of another year.</summary>
    public const string CascadeYear = "cascade.year";

    /// <summary>A revision of a PK does not follow the latest version, or belongs to another PK.</summary>
    public const string RevisionOutOfOrder = "revision.out-of-order";

    /// <summary>A category scale has no band.</summary>
    public const string ScaleEmpty = "scale.empty";

    /// <summary>A band's lower bound is above its upper bound, or a band is empty.</summary>
    public const string ScaleBoundsUnordered = "scale.bounds-unordered";

    /// <summary>Two neighbouring bands leave values between them unclassified.</summary>
    public const string ScaleGap = "scale.gap";

    /// <summary>Two bands both claim some values.</summary>
    public const string ScaleOverlap = "scale.overlap";

    /// <summary>The lowest band has a lower bound or the highest band an upper bound, so some values are unclassified.</summary>
    public const string ScaleUnbounded = "scale.unbounded";

    /// <summary>A period ends before it starts (an acting assignment's <c>to</c> before its <c>from</c>); argument: the start.</summary>
    public const string PeriodUnordered = "period.unordered";

    /// <summary>A time standard (mutu baku waktu) is not a number and a unit, a range, or "-".</summary>
    public const string TimeStandardFormat = "mutu-baku.format";

    /// <summary>A time standard's range runs backwards or its limit is not above 0.</summary>
    public const string TimeStandardRange = "mutu-baku.range";

    /// <summary>Working hours (or a nominal day length) are not a valid span of whole minutes within a day.</summary>
    public const string WorkingHours = "calendar.working-hours";

    /// <summary>An SOP step that no path from the first step reaches.</summary>
    public const string SopUnreachable = "sop.unreachable";

    /// <summary>A loop of SOP steps from which the end cannot be reached, named once at the property that closes it;
    /// the value is the step it goes back to, argument: the loop's steps.</summary>
    public const string SopNoWayOut = "sop.no-way-out";

    /// <summary>An SOP definition's structure is not valid; arguments: why, in Indonesian and in English.</summary>
    public const string SopDefinitionInvalid = "sop.definition";

    /// <summary>A step names a role that the definition does not declare by id, name or alias; argument: the nearest names.</summary>
    public const string SopUnknownRole = "sop.unknown-role";

    /// <summary>Two roles of a definition share an id, name or alias; arguments: the two role ids.</summary>
    public const string SopRoleNameShared = "sop.role-name-shared";

    /// <summary>A decision returns to itself or to a later step without saying so explicitly; argument: the decision.</summary>
    public const string SopReturnNotBack = "sop.return-not-back";

    /// <summary>A decision returns to a role that does no step before it; argument: the decision.</summary>
    public const string SopReturnRoleNotBefore = "sop.return-role-not-before";

    /// <summary>Parallel branches meet at a step not marked as a join; the value is that step, argument: the step that opened the branches.</summary>
    public const string SopJoinMissing = "sop.join-missing";

    /// <summary>An action names a step that is not open; argument: the open steps.</summary>
    public const string SopStepNotOpen = "sop.step-not-open";

    /// <summary>The person could act on several open steps and the action does not say which; argument: those steps.</summary>
    public const string SopAmbiguousStep = "sop.ambiguous-step";

    /// <summary>Outputs of a step were not attached when it was completed (an error or a warning by policy); the value lists them, argument: the step.</summary>
    public const string SopOutputsMissing = "sop.outputs-missing";

    /// <summary>A JSON document is not well-formed; arguments: the line and the byte in it (both from 1), the JSON path
    /// reached, and what is wrong there, in Indonesian and in English.</summary>
    public const string JsonMalformed = "json.malformed";

    /// <summary>A JSON document is longer than the readers take (<see cref="Serialization.KinerjaJson.MaxDocumentLength"/>
    /// characters); the value is its length, argument: the limit. Nothing of it is read.</summary>
    public const string JsonTooLarge = "json.too-large";

    /// <summary>A JSON object names the same property twice (at the path, the second time); the value is the name. Neither
    /// value is taken, since keeping one would silently drop the other.</summary>
    public const string JsonDuplicateProperty = "json.duplicate-property";

    /// <summary>A JSON (or configuration) value has the wrong type or form (a string where a number belongs, an unknown name ...);
    /// arguments: what was expected, in Indonesian and in English.</summary>
    public const string JsonType = "json.type";

    /// <summary>A JSON document declares a schema version this library does not read.</summary>
    public const string JsonSchemaVersion = "json.schema-version";

    /// <summary>A JSON document has a property the schema does not know.</summary>
    public const string JsonUnknownProperty = "json.unknown-property";

    /// <summary>A workbook cannot be read as an .xlsx file (not a workbook, damaged, or protected); argument: what the
    /// reader said, in English, which only the English message shows.</summary>
    public const string ExcelUnreadable = "excel.unreadable";

    /// <summary>A workbook lacks the sheet a form or an import needs.</summary>
    public const string ExcelSheetMissing = "excel.sheet-missing";

    /// <summary>A form's header cell (form kind, unit, year, triwulan, PK version) names another form than the one expected.</summary>
    public const string ExcelFormMismatch = "excel.form-mismatch";

    /// <summary>A cell that a form fills from the PK (sasaran, indicator, satuan, targets) was changed.</summary>
    public const string ExcelValueChanged = "excel.value-changed";

    /// <summary>A form row names an indicator the PK does not have.</summary>
    public const string ExcelUnknownIndicator = "excel.unknown-indicator";

    /// <summary>Two form rows name the same indicator.</summary>
    public const string ExcelDuplicateRow = "excel.duplicate-row";

    /// <summary>A PK indicator has no row in the form (a row was deleted).</summary>
    public const string ExcelMissingRow = "excel.missing-row";

    /// <summary>A cell that must hold a number holds something else.</summary>
    public const string ExcelNotANumber = "excel.not-a-number";

    /// <summary>A realisasi cell holds a number below 0.</summary>
    public const string ExcelNegative = "excel.negative";

    /// <summary>A realisasi cell of a qualitative indicator holds a grade not in its scale, or a number.</summary>
    public const string ExcelGradeUnknown = "excel.grade-unknown";

    /// <summary>Warning: a row has a keterangan or bukti dukung but no realisasi, so nothing of it was imported.</summary>
    public const string ExcelNoteWithoutRealisasi = "excel.note-without-realisasi";
    /// <summary>A JSON document of another kind than the one asked for; argument: the kind expected.</summary>
    public const string JsonKind = "json.kind";

    /// <summary>A recap document's figures do not add up as a recap's do; arguments: the rule, in Indonesian and in English.</summary>
    public const string RecapFiguresInconsistent = "recap.figures-inconsistent";
}
