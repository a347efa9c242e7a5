using System.Text;
using System.Text.Json;
using Kinerja.Core.Internal;
using Kinerja.Core.Sop;
using Kinerja.Core.Validation;

namespace Kinerja.Core.Serialization;

/// <summary>
/// Reads and writes an <see cref="SopDefinition"/> as JSON: the format of the built-in templates and
/// of an office's own SOPs. Reading reports every problem at once with its JSON path: malformed JSON,
/// wrong types, unknown properties, and every problem of <see cref="SopDefinitionBuilder.Build"/>
/// (unknown role, a return to a missing step, an unreachable step, a loop with no way out,
/// duplicate numbers, a step with no actor, an unreadable time standard). See <c>docs/sop.md</c> for the format.
/// </summary>
public static class SopDefinitionJson
{
    /// <summary>The schema version this library writes and reads.</summary>
    public const int SchemaVersion = 1;

    /// <summary>Reads a definition from JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The definition, or every problem found with its JSON path.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static ValidationResult<SopDefinition> Parse(string json)
    {
        if (json is null)
        {
            throw new ArgumentNullException(nameof(json));
        }

        var problems = new Problems();
        using var document = JsonReading.Open(json, problems);
        if (document is null || !JsonReading.Object(document.RootElement, "$", problems, "$schema", "schemaVersion", "id", "version", "source", "header", "roles", "steps", "gaps", "notes"))
        {
            return problems.Result<SopDefinition>(() => null!);
        }

        var root = document.RootElement;
        JsonReading.SchemaVersion(root, SchemaVersion, problems);
        var id = JsonReading.String(root, "id", "$", problems, required: true) ?? string.Empty;
        var version = JsonReading.Int(root, "version", "$", problems, required: false) ?? 1;
        var builder = SopDefinition.CreateBuilder(id, version)
            .WithSource(JsonReading.String(root, "source", "$", problems, required: false))
            .WithNotes(JsonReading.String(root, "notes", "$", problems, required: false));

        if (root.TryGetProperty("header", out var header))
        {
            builder.WithHeader(ReadHeader(header, "$.header", problems));
        }
        else
        {
            problems.Error(ProblemCodes.Required, "$.header", null);
        }

        foreach (var (item, path) in JsonReading.Array(root, "roles", "$", problems, required: true))
        {
            if (JsonReading.Object(item, path, problems, "id", "name", "aliases"))
            {
                builder.AddRole(
                    JsonReading.String(item, "id", path, problems, required: false) ?? string.Empty,
                    JsonReading.String(item, "name", path, problems, required: false) ?? string.Empty,
                    [.. JsonReading.Strings(item, "aliases", path, problems)]);
            }
        }

        foreach (var (item, path) in JsonReading.Array(root, "steps", "$", problems, required: true))
        {
            ReadStep(item, path, builder, problems);
        }

        foreach (var (item, path) in JsonReading.Array(root, "gaps", "$", problems, required: false))
        {
            if (!JsonReading.Object(item, path, problems, "steps", "note"))
            {
                continue;
            }

            var steps = new List<int>();
            foreach (var (n, nPath) in JsonReading.Array(item, "steps", path, problems, required: false))
            {
                if (n.ValueKind == JsonValueKind.Number && n.TryGetInt32(out var number))
                {
                    steps.Add(number);
                }
                else
                {
                    problems.Error(ProblemCodes.JsonType, nPath, n.GetRawText(), "integer");
                }
            }

            builder.AddGap(steps, JsonReading.String(item, "note", path, problems, required: false) ?? string.Empty);
        }

        if (problems.HasErrors)
        {
            return problems.Result<SopDefinition>(() => null!);
        }

        var built = builder.Build();
        problems.AddUnder("$", built.Problems);
        return problems.Result(() => built.Value);
    }

    /// <summary>Writes a definition in the format <see cref="Parse"/> reads.</summary>
    /// <param name="definition">The definition.</param>
    /// <returns>The JSON text, indented.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="definition"/> is null.</exception>
    public static string Write(SopDefinition definition)
    {
        if (definition is null)
        {
            throw new ArgumentNullException(nameof(definition));
        }

        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteNumber("schemaVersion", SchemaVersion);
            w.WriteString("id", definition.Id);
            w.WriteNumber("version", definition.Version);
            WriteText(w, "source", definition.Source);
            WriteHeader(w, definition.Header);
            w.WriteStartArray("roles");
            foreach (var role in definition.Roles)
            {
                w.WriteStartObject();
                w.WriteString("id", role.Id);
                w.WriteString("name", role.Name);
                WriteStrings(w, "aliases", role.Aliases);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("steps");
            foreach (var s in definition.Steps)
            {
                WriteStep(w, s);
            }

            w.WriteEndArray();
            w.WriteStartArray("gaps");
            foreach (var gap in definition.Gaps)
            {
                w.WriteStartObject();
                w.WriteStartArray("steps");
                foreach (var n in gap.Steps)
                {
                    w.WriteNumberValue(n);
                }

                w.WriteEndArray();
                w.WriteString("note", gap.Note);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            WriteText(w, "notes", definition.Notes);
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static SopHeader ReadHeader(JsonElement e, string path, Problems problems)
    {
        if (!JsonReading.Object(e, path, problems, "instansi", "nomor", "tanggalPembuatan", "tanggalRevisi", "tanggalEfektif", "pengesahan", "nama", "dasarHukum", "kualifikasiPelaksana", "keterkaitan", "peralatan", "peringatan", "pencatatan"))
        {
            return new SopHeader();
        }

        SopPengesahan? pengesahan = null;
        if (e.TryGetProperty("pengesahan", out var p) && p.ValueKind != JsonValueKind.Null
            && JsonReading.Object(p, path + ".pengesahan", problems, "jabatan", "nama", "pangkat", "nip"))
        {
            pengesahan = new SopPengesahan
            {
                Jabatan = JsonReading.String(p, "jabatan", path + ".pengesahan", problems, required: false),
                Nama = JsonReading.String(p, "nama", path + ".pengesahan", problems, required: false),
                Pangkat = JsonReading.String(p, "pangkat", path + ".pengesahan", problems, required: false),
                Nip = JsonReading.String(p, "nip", path + ".pengesahan", problems, required: false),
            };
        }

        return new SopHeader
        {
            Instansi = JsonReading.String(e, "instansi", path, problems, required: false),
            Nomor = JsonReading.String(e, "nomor", path, problems, required: false),
            TanggalPembuatan = JsonReading.Date(e, "tanggalPembuatan", path, problems, required: false),
            TanggalRevisi = JsonReading.Date(e, "tanggalRevisi", path, problems, required: false),
            TanggalEfektif = JsonReading.Date(e, "tanggalEfektif", path, problems, required: false),
            Pengesahan = pengesahan,
            Nama = JsonReading.String(e, "nama", path, problems, required: false) ?? string.Empty,
            DasarHukum = JsonReading.Strings(e, "dasarHukum", path, problems),
            KualifikasiPelaksana = JsonReading.Strings(e, "kualifikasiPelaksana", path, problems),
            Keterkaitan = JsonReading.Strings(e, "keterkaitan", path, problems),
            Peralatan = JsonReading.Strings(e, "peralatan", path, problems),
            Peringatan = JsonReading.String(e, "peringatan", path, problems, required: false),
            Pencatatan = JsonReading.String(e, "pencatatan", path, problems, required: false),
        };
    }

    private static void ReadStep(JsonElement e, string path, SopDefinitionBuilder builder, Problems problems)
    {
        if (!JsonReading.Object(e, path, problems, "number", "activity", "actor", "actorInferred", "actorNote", "kelengkapan", "waktu", "output", "keterangan", "decision", "decisionNote", "next"))
        {
            return;
        }

        var number = JsonReading.Int(e, "number", path, problems, required: true) ?? 0;
        var activity = JsonReading.String(e, "activity", path, problems, required: false) ?? string.Empty;
        var actor = JsonReading.String(e, "actor", path, problems, required: false) ?? string.Empty;
        var inferred = JsonReading.Bool(e, "actorInferred", path, problems, false);
        var actorNote = JsonReading.String(e, "actorNote", path, problems, required: false);
        var next = JsonReading.Int(e, "next", path, problems, required: false);
        var decisionNote = JsonReading.String(e, "decisionNote", path, problems, required: false);
        int? no = null, yes = null;
        string? question = null, yesLabel = null, noLabel = null;
        if (e.TryGetProperty("decision", out var d) && d.ValueKind != JsonValueKind.Null
            && JsonReading.Object(d, path + ".decision", problems, "question", "yesLabel", "noLabel", "yes", "no"))
        {
            question = JsonReading.String(d, "question", path + ".decision", problems, required: false);
            yesLabel = JsonReading.String(d, "yesLabel", path + ".decision", problems, required: false);
            noLabel = JsonReading.String(d, "noLabel", path + ".decision", problems, required: false);
            yes = JsonReading.Int(d, "yes", path + ".decision", problems, required: false);
            no = JsonReading.Int(d, "no", path + ".decision", problems, required: true);
        }

        var kelengkapan = JsonReading.Strings(e, "kelengkapan", path, problems);
        var output = JsonReading.Strings(e, "output", path, problems);
        var waktu = JsonReading.String(e, "waktu", path, problems, required: false);
        var keterangan = JsonReading.String(e, "keterangan", path, problems, required: false);
        builder.AddStep(number, activity, actor, s =>
        {
            s.WithKelengkapan([.. kelengkapan]).WithOutput([.. output]).WithWaktu(waktu).WithKeterangan(keterangan);
            if (inferred)
            {
                s.ActorInferred(actorNote);
            }
            else
            {
                s.WithActorNote(actorNote);
            }

            if (next is { } n)
            {
                s.WithNext(n);
            }

            if (no is { } returnTo)
            {
                s.AsDecision(returnTo, yes).WithDecisionText(question, yesLabel ?? "ya", noLabel ?? "tidak", decisionNote);
            }
        });
    }

    private static void WriteHeader(Utf8JsonWriter w, SopHeader h)
    {
        w.WriteStartObject("header");
        WriteText(w, "instansi", h.Instansi);
        WriteText(w, "nomor", h.Nomor);
        WriteText(w, "tanggalPembuatan", Iso(h.TanggalPembuatan));
        WriteText(w, "tanggalRevisi", Iso(h.TanggalRevisi));
        WriteText(w, "tanggalEfektif", Iso(h.TanggalEfektif));
        if (h.Pengesahan is { } p)
        {
            w.WriteStartObject("pengesahan");
            WriteText(w, "jabatan", p.Jabatan);
            WriteText(w, "nama", p.Nama);
            WriteText(w, "pangkat", p.Pangkat);
            WriteText(w, "nip", p.Nip);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("pengesahan");
        }

        w.WriteString("nama", h.Nama);
        WriteStrings(w, "dasarHukum", h.DasarHukum);
        WriteStrings(w, "kualifikasiPelaksana", h.KualifikasiPelaksana);
        WriteStrings(w, "keterkaitan", h.Keterkaitan);
        WriteStrings(w, "peralatan", h.Peralatan);
        WriteText(w, "peringatan", h.Peringatan);
        WriteText(w, "pencatatan", h.Pencatatan);
        w.WriteEndObject();
    }

    private static void WriteStep(Utf8JsonWriter w, SopStep s)
    {
        w.WriteStartObject();
        w.WriteNumber("number", s.Number);
        w.WriteString("activity", s.Activity);
        w.WriteString("actor", s.Actor);
        w.WriteBoolean("actorInferred", s.ActorInferred);
        WriteText(w, "actorNote", s.ActorNote);
        WriteStrings(w, "kelengkapan", s.Kelengkapan);
        w.WriteString("waktu", s.Waktu.Text);
        WriteStrings(w, "output", s.Output);
        WriteText(w, "keterangan", s.Keterangan);
        if (s.Decision is { } d)
        {
            w.WriteStartObject("decision");
            WriteText(w, "question", d.Question);
            w.WriteString("yesLabel", d.YesLabel);
            w.WriteString("noLabel", d.NoLabel);
            if (d.YesStep is { } yes)
            {
                w.WriteNumber("yes", yes);
            }

            w.WriteNumber("no", d.NoStep);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("decision");
        }

        WriteText(w, "decisionNote", s.DecisionNote);
        if (s.Next is { } next)
        {
            w.WriteNumber("next", next);
        }
        else
        {
            w.WriteNull("next");
        }

        w.WriteEndObject();
    }

    private static string? Iso(NodaTime.LocalDate? date) => date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static void WriteText(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteString(name, value);
        }
    }

    private static void WriteStrings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values)
        {
            w.WriteStringValue(v);
        }

        w.WriteEndArray();
    }
}
