using System.Text;
using System.Text.Json;
using Kinerja.Core.Calendar;
using Kinerja.Core.Internal;
using Kinerja.Core.Validation;

namespace Kinerja.Core.Serialization;

/// <summary>
/// Reads and writes a year's holidays and cuti bersama as JSON, so a new year's decree is data,
/// not code. Reading reports every problem with its JSON path. The format:
/// <code>
/// { "schemaVersion": 1, "country": "ID", "year": 2026, "source": "SKB ... Nomor ... Tahun 2025",
///   "notes": "...", "holidays": [ { "date": "2026-01-01", "name": "Tahun Baru 2026 Masehi",
///   "kind": "libur-nasional" }, { "date": "...", "name": "...", "kind": "cuti-bersama" } ] }
/// </code>
/// <c>kind</c> is <c>libur-nasional</c>, <c>cuti-bersama</c> or <c>local</c>; every date must fall in <c>year</c>.
/// </summary>
public static class HolidayListJson
{
    /// <summary>The schema version this library writes and reads.</summary>
    public const int SchemaVersion = 1;

    /// <summary>Reads a holiday list from JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The list, or every problem found with its JSON path.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static ValidationResult<HolidayList> Parse(string json)
    {
        if (json is null)
        {
            throw new ArgumentNullException(nameof(json));
        }

        var problems = new Problems();
        using var document = JsonReading.Open(json, problems);
        if (document is null || !JsonReading.Object(document.RootElement, "$", problems, "$schema", "schemaVersion", "country", "year", "source", "notes", "holidays"))
        {
            return problems.Result<HolidayList>(() => null!);
        }

        var root = document.RootElement;
        JsonReading.SchemaVersion(root, SchemaVersion, problems);
        JsonReading.String(root, "country", "$", problems, required: false);
        var year = JsonReading.Int(root, "year", "$", problems, required: true);
        var source = JsonReading.String(root, "source", "$", problems, required: true);
        var notes = JsonReading.String(root, "notes", "$", problems, required: false);
        var holidays = new List<Holiday>();
        foreach (var (item, path) in JsonReading.Array(root, "holidays", "$", problems, required: true))
        {
            if (!JsonReading.Object(item, path, problems, "date", "name", "kind"))
            {
                continue;
            }

            var date = JsonReading.Date(item, "date", path, problems, required: true);
            var name = JsonReading.String(item, "name", path, problems, required: true);
            var kindText = JsonReading.String(item, "kind", path, problems, required: true);
            HolidayKind? kind = kindText switch
            {
                "libur-nasional" => HolidayKind.LiburNasional,
                "cuti-bersama" => HolidayKind.CutiBersama,
                "local" => HolidayKind.Local,
                null => null,
                _ => Unknown(kindText, path + ".kind", problems),
            };
            if (date is { } d && year is { } y && d.Year != y)
            {
                problems.Error(ProblemCodes.YearOutOfRange, path + ".date", d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), Text.Of(y), Text.Of(y));
            }

            if (date is { } dd && name is not null && kind is { } k)
            {
                holidays.Add(new Holiday(dd, name, k));
            }
        }

        return problems.Result(() => new HolidayList(year!.Value, source!, holidays, notes));
    }

    /// <summary>Writes a holiday list in the format <see cref="Parse"/> reads.</summary>
    /// <param name="list">The list.</param>
    /// <returns>The JSON text, indented.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="list"/> is null.</exception>
    public static string Write(HolidayList list)
    {
        if (list is null)
        {
            throw new ArgumentNullException(nameof(list));
        }

        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteNumber("schemaVersion", SchemaVersion);
            writer.WriteString("country", "ID");
            writer.WriteNumber("year", list.Year);
            writer.WriteString("source", list.Source);
            if (list.Notes is not null)
            {
                writer.WriteString("notes", list.Notes);
            }

            writer.WriteStartArray("holidays");
            foreach (var h in list.Holidays)
            {
                writer.WriteStartObject();
                writer.WriteString("date", h.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
                writer.WriteString("name", h.Name);
                writer.WriteString("kind", h.Kind switch { HolidayKind.LiburNasional => "libur-nasional", HolidayKind.CutiBersama => "cuti-bersama", _ => "local" });
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static HolidayKind? Unknown(string text, string path, Problems problems)
    {
        problems.Error(ProblemCodes.JsonType, path, text, "libur-nasional, cuti-bersama or local");
        return null;
    }
}
