using Kinerja.Core.Agreements;
using Kinerja.Core.Calendar;
using Kinerja.Core.Internal;
using Kinerja.Core.Measurement;
using Kinerja.Core.Recap;
using Kinerja.Core.Scales;
using Kinerja.Core.Sop;
using Kinerja.Core.Validation;

namespace Kinerja.Core.Serialization;

/// <summary>
/// Writes and reads every Kinerja.Core document as JSON: a PK and its history of versions, a
/// measurement set (the realisasi of a PK's quarters), a category scale, a working calendar, a
/// holiday list, an SOP definition, an SOP instance's event log and a recap table. Each document starts with
/// <c>"schemaVersion": 1</c> and a <c>"kind"</c> (see <see cref="KinerjaDocumentKinds"/>); dates are
/// ISO (<c>2026-03-31</c>), moments ISO in UTC (<c>2026-03-31T08:00:00Z</c>), time zones tzdb ids,
/// and every number is an exact decimal, written with all its digits and never read through
/// <see cref="double"/>. A number with more digits than a decimal holds is rejected, not rounded.
/// <para>
/// Reading never throws on bad input and never returns part of a document: it returns the value,
/// or every problem found, each naming its JSON path (<c>$.sasaran[0].indicators[1].annualTarget</c>)
/// and the value found. Malformed JSON, another kind, a newer <c>schemaVersion</c>, a wrong type or
/// an unknown property are problems; then the domain's own builders validate the content, and their
/// problems (the same as for builder input) come back under <c>$</c>. Warnings of a valid document
/// are kept in the result. A scale, holiday list or SOP definition without <c>kind</c> is read as
/// version 0, the format of the files before every document carried a kind.
/// </para>
/// The JSON Schemas of the documents are in <c>docs/schemas</c>; see <c>docs/serialization.md</c>.
/// </summary>
public static class KinerjaJson
{
    /// <summary>The schema version this library writes for every document but the SOP definition
    /// (<see cref="SopDefinitionSchemaVersion"/>) and the SOP instance (<see cref="SopInstanceSchemaVersion"/>);
    /// it reads this one and version 0.</summary>
    public const int SchemaVersion = DocumentReader.CurrentVersion;

    /// <summary>The schema version of an SOP definition this library writes (2); it reads this one, 1 and 0 (docs/sop.md).</summary>
    public const int SopDefinitionSchemaVersion = SopDefinitionDocument.Version;

    /// <summary>The schema version of an SOP instance this library writes (3: a chained log); it reads this one, 2 and 1 (docs/sop.md).</summary>
    public const int SopInstanceSchemaVersion = SopInstanceDocument.Version;

    /// <summary>
    /// The longest JSON text every reader here takes: 64 Mi characters (67,108,864). A longer text is one
    /// <see cref="ProblemCodes.JsonTooLarge"/> problem at <c>$</c>, before any parsing. Reading is linear in
    /// the text, so the limit bounds time and memory (the text and its parsed tree, about 3-4 times its
    /// UTF-8 size); a national recap table or a PK with thousands of sasaran stays far below it.
    /// </summary>
    public const int MaxDocumentLength = 64 * 1024 * 1024;

    /// <summary>Writes one version of a PK.</summary>
    /// <param name="pk">The PK.</param>
    /// <returns>The JSON text, indented.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="pk"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="pk"/> holds an enum value that is not a defined member (cast from a number).</exception>
    public static string Write(PerjanjianKinerja pk) =>
        DocumentReader.Write(PerjanjianKinerjaDocument.ToDto(pk ?? throw new ArgumentNullException(nameof(pk))), KinerjaJsonContext.Default.PerjanjianKinerjaDto);

    /// <summary>Writes every version of a PK, oldest first.</summary>
    /// <param name="history">The history.</param>
    /// <returns>The JSON text, indented.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="history"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="history"/> holds an enum value that is not a defined member (cast from a number).</exception>
    public static string Write(PerjanjianKinerjaHistory history) =>
        DocumentReader.Write(PerjanjianKinerjaDocument.ToDto(history ?? throw new ArgumentNullException(nameof(history))), KinerjaJsonContext.Default.PerjanjianKinerjaHistoryDto);

    /// <summary>Writes a measurement set: the realisasi and realisasi anggaran of a PK's quarters.</summary>
    /// <param name="set">The measurement set.</param>
    /// <returns>The JSON text, indented.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="set"/> is null.</exception>
    public static string Write(MeasurementSet set) =>
        DocumentReader.Write(MeasurementSetDocument.ToDto(set ?? throw new ArgumentNullException(nameof(set))), KinerjaJsonContext.Default.MeasurementSetDto);

    /// <summary>Writes a category scale, bounds at full precision.</summary>
    /// <param name="scale">The scale.</param>
    /// <returns>The JSON text, indented.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scale"/> is null.</exception>
    public static string Write(CategoryScale scale) =>
        DocumentReader.Write(CategoryScaleDocument.ToDto(scale ?? throw new ArgumentNullException(nameof(scale))), KinerjaJsonContext.Default.CategoryScaleDto);

    /// <summary>Writes a working calendar: zone, working hours per weekday, holidays, day counting, covered years.</summary>
    /// <param name="calendar">The calendar.</param>
    /// <returns>The JSON text, indented.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="calendar"/> holds an enum value that is not a defined member (cast from a number).</exception>
    public static string Write(WorkingCalendar calendar) =>
        DocumentReader.Write(CalendarDocuments.ToDto(calendar ?? throw new ArgumentNullException(nameof(calendar))), KinerjaJsonContext.Default.WorkingCalendarDto);

    /// <summary>Writes a year's holidays and cuti bersama.</summary>
    /// <param name="list">The list.</param>
    /// <returns>The JSON text, indented.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="list"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="list"/> holds an enum value that is not a defined member (cast from a number).</exception>
    public static string Write(HolidayList list) =>
        DocumentReader.Write(CalendarDocuments.ToDto(list ?? throw new ArgumentNullException(nameof(list))), KinerjaJsonContext.Default.HolidayListDto);

    /// <summary>Writes an SOP definition in the format of the built-in templates.</summary>
    /// <param name="definition">The definition.</param>
    /// <returns>The JSON text, indented.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="definition"/> is null.</exception>
    public static string Write(SopDefinition definition) =>
        DocumentReader.Write(SopDefinitionDocument.ToDto(definition ?? throw new ArgumentNullException(nameof(definition))), KinerjaJsonContext.Default.SopDefinitionDto);

    /// <summary>Writes an SOP instance as its event log, naming its definition by id and version.</summary>
    /// <param name="instance">The instance.</param>
    /// <returns>The JSON text, indented.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="instance"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="instance"/> holds an enum value that is not a defined member (cast from a number).</exception>
    public static string Write(SopInstance instance) =>
        DocumentReader.Write(SopInstanceDocument.ToDto(instance ?? throw new ArgumentNullException(nameof(instance))), KinerjaJsonContext.Default.SopInstanceDto);

    /// <summary>
    /// Writes a recap table: its scale's name and band count, its finest level, and every group with its
    /// eight periods (TW I to TW IV alone, then cumulative to TW I to TW IV) as counts and exact sums
    /// (the capaian sum in 10⁻⁹ % quanta), so a partial recap can travel to the office that merges it.
    /// </summary>
    /// <param name="table">The recap.</param>
    /// <returns>The JSON text, indented.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is null.</exception>
    public static string Write(RecapTable table) =>
        DocumentReader.Write(RecapTableDocument.ToDto(table ?? throw new ArgumentNullException(nameof(table))), KinerjaJsonContext.Default.RecapTableDto);

    /// <summary>
    /// Reads a recap table. Its figures must add up as a recap's do (indicators = computed + not
    /// reported + not computable, computed = the category counts, the same indicators in every period,
    /// one count per band, whole quanta, codes that fit each level, no group twice), else every
    /// problem comes back with its path.
    /// </summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The recap, or every problem found with its JSON path.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static ValidationResult<RecapTable> ReadRecapTable(string json) =>
        DocumentReader.Read(json, RecapTableDocument.Kind, KinerjaJsonContext.Default.RecapTableDto, RecapTableDocument.FromDto);

    /// <summary>Reads one version of a PK, validated by <see cref="PerjanjianKinerjaBuilder.Build"/>.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The PK, or every problem found with its JSON path.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static ValidationResult<PerjanjianKinerja> ReadPerjanjianKinerja(string json) =>
        DocumentReader.Read(json, PerjanjianKinerjaDocument.Kind, KinerjaJsonContext.Default.PerjanjianKinerjaDto, (dto, problems) => PerjanjianKinerjaDocument.FromDto(dto, "$", problems));

    /// <summary>Reads every version of a PK: each is validated as a PK, and each must revise the one before it
    /// (same unit and year, the next version number), as <see cref="PerjanjianKinerjaHistory.Revise"/> requires.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The history, or every problem found with its JSON path.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static ValidationResult<PerjanjianKinerjaHistory> ReadPerjanjianKinerjaHistory(string json) =>
        DocumentReader.Read(json, PerjanjianKinerjaDocument.HistoryKind, KinerjaJsonContext.Default.PerjanjianKinerjaHistoryDto, ReadHistory);

    /// <summary>Reads a measurement set against its PK, validated by <see cref="MeasurementSetBuilder.Build"/>
    /// (unknown indicators and programs, quarters, duplicates, negative figures, grades).</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="pk">The PK the realisasi belong to; the document's <c>pk</c> must name its unit and year.</param>
    /// <returns>The measurement set, or every problem found with its JSON path.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> or <paramref name="pk"/> is null.</exception>
    public static ValidationResult<MeasurementSet> ReadMeasurementSet(string json, PerjanjianKinerja pk)
    {
        if (pk is null)
        {
            throw new ArgumentNullException(nameof(pk));
        }

        return DocumentReader.Read(json, MeasurementSetDocument.Kind, KinerjaJsonContext.Default.MeasurementSetDto, (dto, problems) => MeasurementSetDocument.FromDto(dto, pk, problems));
    }

    /// <summary>Reads a category scale, validated by <see cref="CategoryScale.Create"/> (gaps, overlaps, unordered bounds).
    /// <c>code</c> defaults to the label, a bound left out means no limit, <c>lowerInclusive</c> defaults to true
    /// and <c>upperInclusive</c> to false.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The scale, or every problem found with its JSON path.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static ValidationResult<CategoryScale> ReadCategoryScale(string json) =>
        DocumentReader.Read(json, CategoryScaleDocument.Kind, KinerjaJsonContext.Default.CategoryScaleDto, CategoryScaleDocument.FromDto);

    /// <summary>Reads a working calendar, validated by <see cref="WorkingCalendarBuilder.Build"/>.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The calendar, or every problem found with its JSON path.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static ValidationResult<WorkingCalendar> ReadWorkingCalendar(string json) =>
        DocumentReader.Read(json, CalendarDocuments.WorkingCalendarKind, KinerjaJsonContext.Default.WorkingCalendarDto, CalendarDocuments.FromDto);

    /// <summary>Reads a year's holidays and cuti bersama; every date must fall in <c>year</c>.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The list, or every problem found with its JSON path.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static ValidationResult<HolidayList> ReadHolidayList(string json) =>
        DocumentReader.Read(json, CalendarDocuments.HolidayListKind, KinerjaJsonContext.Default.HolidayListDto, CalendarDocuments.FromDto);

    /// <summary>Reads an SOP definition, validated by <see cref="SopDefinitionBuilder.Build"/> (unknown roles,
    /// returns to missing steps, unreachable steps, loops with no way out, unreadable time standards).</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The definition, or every problem found with its JSON path.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static ValidationResult<SopDefinition> ReadSopDefinition(string json) =>
        DocumentReader.Read(json, SopDefinitionDocument.Kind, KinerjaJsonContext.Default.SopDefinitionDto, SopDefinitionDocument.FromDto);

    /// <summary>Reads an SOP instance by replaying its event log on its definition (<see cref="SopInstance.Replay(SopDefinition, string, IEnumerable{SopEvent}, SopReplayOptions)"/>).</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="definition">The definition the log must name (same id and version).</param>
    /// <returns>The instance, or every problem found with its JSON path.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> or <paramref name="definition"/> is null.</exception>
    public static ValidationResult<SopInstance> ReadSopInstance(string json, SopDefinition definition)
    {
        if (definition is null)
        {
            throw new ArgumentNullException(nameof(definition));
        }

        return ReadSopInstance(json, (id, version) => id == definition.Id && version == definition.Version ? definition : null);
    }

    /// <summary>Reads an SOP instance by replaying its event log on the definition it names.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="findDefinition">Finds a definition by id and version, or returns null when there is none.</param>
    /// <returns>The instance, or every problem found with its JSON path.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> or <paramref name="findDefinition"/> is null.</exception>
    public static ValidationResult<SopInstance> ReadSopInstance(string json, Func<string, int, SopDefinition?> findDefinition)
    {
        if (findDefinition is null)
        {
            throw new ArgumentNullException(nameof(findDefinition));
        }

        return DocumentReader.Read(json, SopInstanceDocument.Kind, KinerjaJsonContext.Default.SopInstanceDto, (dto, problems) => SopInstanceDocument.FromDto(dto, findDefinition, problems));
    }

    private static PerjanjianKinerjaHistory? ReadHistory(PerjanjianKinerjaHistoryDto dto, Problems problems)
    {
        var items = dto.Versions ?? [];
        if (items.Count == 0)
        {
            problems.Error(ProblemCodes.Empty, "$.versions", null, "versi PK", "PK version");
            return null;
        }

        var versions = new List<PerjanjianKinerja>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            if (PerjanjianKinerjaDocument.FromDto(items[i], Text.Index("$.versions", i), problems) is { } pk)
            {
                versions.Add(pk);
            }
        }

        if (problems.HasErrors)
        {
            return null;
        }

        if (versions[0].Version != 1)
        {
            problems.Error(ProblemCodes.RevisionOutOfOrder, "$.versions[0].version", Text.Of(versions[0].Version), "riwayat PK dimulai dengan versi 1.", "a PK history starts with version 1.");
            return null;
        }

        var history = PerjanjianKinerjaHistory.Start(versions[0]);
        for (var i = 1; i < versions.Count; i++)
        {
            var revised = history.Revise(versions[i]);
            problems.AddUnder(Text.Index("$.versions", i), revised.Problems);
            if (!revised.IsValid)
            {
                return null;
            }

            history = revised.Value;
        }

        return history;
    }
}
