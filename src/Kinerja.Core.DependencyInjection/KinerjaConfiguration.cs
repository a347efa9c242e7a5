using System.Globalization;
using Kinerja.Core.Agreements;
using Kinerja.Core.Calendar;
using Kinerja.Core.Sop;
using Kinerja.Core.Validation;
using Microsoft.Extensions.Configuration;
using NodaTime;
using NodaTime.Text;

namespace Kinerja.Core.DependencyInjection;

/// <summary>
/// Reads <see cref="KinerjaOptions"/> from a configuration section (such as <c>"Kinerja"</c> in
/// <c>appsettings.json</c>). Every key is known by name; an unknown key (a typo), a value of the wrong
/// type or a list where one value belongs is a problem naming the key's configuration path and the
/// value, reported with the options' own problems at start-up. Nothing is guessed.
/// </summary>
internal static class KinerjaConfiguration
{
    private const string Option = "opsi";
    private const string OptionEnglish = "option";

    /// <summary>Reads <paramref name="section"/> into <paramref name="options"/>, adding its problems to <paramref name="problems"/>.</summary>
    public static void Read(IConfiguration section, KinerjaOptions options, List<ValidationProblem> problems)
    {
        foreach (var child in section.GetChildren())
        {
            switch (Name(child))
            {
                case "DEFAULTOFFICE":
                    options.DefaultOffice = Text(child, problems) ?? options.DefaultOffice;
                    break;
                case "DEFAULTSCALE":
                    options.DefaultScale = Text(child, problems) ?? options.DefaultScale;
                    break;
                case "INCLUDEBUILTINTEMPLATES":
                    options.IncludeBuiltInTemplates = Flag(child, problems) ?? options.IncludeBuiltInTemplates;
                    break;
                case "SCALEJSON":
                    AddTexts(child, options.ScaleJson, problems);
                    break;
                case "TEMPLATEJSON":
                    AddTexts(child, options.TemplateJson, problems);
                    break;
                case "OFFICES":
                    foreach (var office in Items(child, problems))
                    {
                        options.Offices.Add(ReadOffice(office, problems));
                    }

                    break;
                default:
                    Unknown(child, problems);
                    break;
            }
        }
    }

    private static KinerjaOfficeOptions ReadOffice(IConfigurationSection section, List<ValidationProblem> problems)
    {
        var office = new KinerjaOfficeOptions();
        if (section.Value is not null)
        {
            Wrong(section, "objek dengan kunci 'Id', 'TimeZone', ...", "an object with keys 'Id', 'TimeZone', ...", problems);
            return office;
        }

        foreach (var child in section.GetChildren())
        {
            switch (Name(child))
            {
                case "ID":
                    office.Id = Text(child, problems) ?? office.Id;
                    break;
                case "NAME":
                    office.Name = Text(child, problems) ?? office.Name;
                    break;
                case "TIMEZONE":
                    office.TimeZone = Text(child, problems) ?? office.TimeZone;
                    break;
                case "WORKINGDAYSPERWEEK":
                    office.WorkingDaysPerWeek = Whole(child, problems) ?? office.WorkingDaysPerWeek;
                    break;
                case "DAYCOUNTING":
                    office.DayCounting = Named(child, problems, DayCounting.WorkingDays, DayCounting.CalendarDays) ?? office.DayCounting;
                    break;
                case "DAYREADING":
                    office.DayReading = Named(child, problems, DayReading.WorkingTimeToClose, DayReading.WorkingTime, DayReading.WholeDaysAfterStartDay) ?? office.DayReading;
                    break;
                case "INCLUDEBUILTINHOLIDAYS":
                    office.IncludeBuiltInHolidays = Flag(child, problems) ?? office.IncludeBuiltInHolidays;
                    break;
                case "HOLIDAYLISTJSON":
                    AddTexts(child, office.HolidayListJson, problems);
                    break;
                case "ROSTER":
                    office.CustomizeRoster = ReadRoster(child, problems);
                    break;
                default:
                    Unknown(child, problems);
                    break;
            }
        }

        return office;
    }

    /// <summary>A roster: <c>Aliases</c> (lists of names of one role) and <c>People</c> (Id, Name, Nip, Roles, Acting).</summary>
    private static Action<OfficeRosterBuilder>? ReadRoster(IConfigurationSection section, List<ValidationProblem> problems)
    {
        var steps = new List<Action<OfficeRosterBuilder>>();
        if (section.Value is not null)
        {
            Wrong(section, "objek dengan kunci 'Aliases' dan 'People'", "an object with keys 'Aliases' and 'People'", problems);
            return null;
        }

        foreach (var child in section.GetChildren())
        {
            switch (Name(child))
            {
                case "ALIASES":
                    foreach (var group in Items(child, problems))
                    {
                        var names = new List<string>();
                        AddTexts(group, names, problems);
                        steps.Add(b => b.AddAliases([.. names]));
                    }

                    break;
                case "PEOPLE":
                    foreach (var person in Items(child, problems))
                    {
                        if (ReadPerson(person, problems) is { } add)
                        {
                            steps.Add(add);
                        }
                    }

                    break;
                default:
                    Unknown(child, problems);
                    break;
            }
        }

        return builder =>
        {
            foreach (var step in steps)
            {
                step(builder);
            }
        };
    }

    private static Action<OfficeRosterBuilder>? ReadPerson(IConfigurationSection section, List<ValidationProblem> problems)
    {
        if (section.Value is not null)
        {
            Wrong(section, "objek dengan kunci 'Id', 'Name', 'Nip', 'Roles' dan 'Acting'", "an object with keys 'Id', 'Name', 'Nip', 'Roles' and 'Acting'", problems);
            return null;
        }

        string? id = null;
        string? name = null;
        string? nip = null;
        var roles = new List<string>();
        var acting = new List<Acting>();
        foreach (var child in section.GetChildren())
        {
            switch (Name(child))
            {
                case "ID":
                    id = Text(child, problems);
                    break;
                case "NAME":
                    name = Text(child, problems);
                    break;
                case "NIP":
                    nip = Text(child, problems);
                    break;
                case "ROLES":
                    AddTexts(child, roles, problems);
                    break;
                case "ACTING":
                    foreach (var item in Items(child, problems))
                    {
                        if (ReadActing(item, problems) is { } role)
                        {
                            acting.Add(role);
                        }
                    }

                    break;
                default:
                    Unknown(child, problems);
                    break;
            }
        }

        if (id is null || name is null)
        {
            problems.Add(Problem(ProblemCodes.Required, section.Path + (id is null ? ":Id" : ":Name"), null));
            return null;
        }

        // The roster checks the rest (a malformed NIP, a role twice, a person twice).
        return builder =>
        {
            if (nip is null)
            {
                builder.AddPerson(id, name, [.. roles]);
            }
            else
            {
                builder.AddPersonWithNip(id, name, nip, [.. roles]);
            }

            foreach (var a in acting)
            {
                builder.AddActing(id, a.Role, a.Status, a.StandsInFor, a.From, a.To, a.Assignment);
            }
        };
    }

    /// <summary>An acting entry: <c>Role</c>, <c>Status</c> (Plt, the default, or Plh), <c>StandsInFor</c>, <c>From</c>, <c>To</c> (yyyy-MM-dd) and <c>Assignment</c>.</summary>
    private static Acting? ReadActing(IConfigurationSection section, List<ValidationProblem> problems)
    {
        if (section.Value is not null)
        {
            Wrong(section, "objek dengan kunci 'Role', 'Status' ('Plt' atau 'Plh'), 'StandsInFor', 'From', 'To' dan 'Assignment'", "an object with keys 'Role', 'Status' ('Plt' or 'Plh'), 'StandsInFor', 'From', 'To' and 'Assignment'", problems);
            return null;
        }

        string? role = null;
        var status = ActingStatus.Plt;
        string? standsInFor = null;
        LocalDate? from = null;
        LocalDate? to = null;
        string? assignment = null;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var child in section.GetChildren())
        {
            seen.Add(Name(child));
            switch (Name(child))
            {
                case "ROLE":
                    role = Text(child, problems);
                    break;
                case "STATUS":
                    status = Named(child, problems, ActingStatus.Plt, ActingStatus.Plh) ?? status;
                    break;
                case "STANDSINFOR":
                    standsInFor = Text(child, problems);
                    break;
                case "FROM":
                    from = Date(child, problems);
                    break;
                case "TO":
                    to = Date(child, problems);
                    break;
                case "ASSIGNMENT":
                    assignment = Text(child, problems);
                    break;
                default:
                    Unknown(child, problems);
                    break;
            }
        }

        // A key given with a wrong value has its problem already; a key left out is required.
        foreach (var key in new[] { "Role", "StandsInFor", "From", "To" })
        {
            if (!seen.Contains(key.ToUpperInvariant()))
            {
                problems.Add(Problem(ProblemCodes.Required, section.Path + ":" + key, null));
            }
        }

        return role is null || standsInFor is null || from is null || to is null ? null : new Acting(role, status, standsInFor, from.Value, to.Value, assignment);
    }

    private static LocalDate? Date(IConfigurationSection section, List<ValidationProblem> problems)
    {
        var text = Text(section, problems);
        if (text is null)
        {
            return null;
        }

        if (LocalDatePattern.Iso.Parse(text.Trim()) is { Success: true } date)
        {
            return date.Value;
        }

        Wrong(section, "tanggal (yyyy-MM-dd)", "a date (yyyy-MM-dd)", problems);
        return null;
    }

    private sealed record Acting(string Role, ActingStatus Status, string StandsInFor, LocalDate From, LocalDate To, string? Assignment);

    /// <summary>A key as compared: configuration keys are case-insensitive.</summary>
    private static string Name(IConfigurationSection section) => section.Key.ToUpperInvariant();

    /// <summary>The items of a list (its children, in the order of their indexes), or none with a problem when it is one value.</summary>
    private static List<IConfigurationSection> Items(IConfigurationSection section, List<ValidationProblem> problems)
    {
        if (section.Value is not null)
        {
            // An empty value ("Offices": [] in JSON, or "") is an empty list.
            if (section.Value.Length > 0)
            {
                Wrong(section, "daftar", "a list", problems);
            }

            return [];
        }

        var items = section.GetChildren().ToList();
        foreach (var item in items)
        {
            if (!int.TryParse(item.Key, NumberStyles.None, CultureInfo.InvariantCulture, out _))
            {
                Wrong(item, "butir daftar (kuncinya angka)", "an item of a list (its key a number)", problems);
                return [];
            }
        }

        return items;
    }

    private static void AddTexts(IConfigurationSection section, IList<string> into, List<ValidationProblem> problems)
    {
        foreach (var item in Items(section, problems))
        {
            if (Text(item, problems) is { } text)
            {
                into.Add(text);
            }
        }
    }

    private static string? Text(IConfigurationSection section, List<ValidationProblem> problems)
    {
        if (section.Value is null)
        {
            Wrong(section, "satu nilai, bukan daftar atau objek", "one value, not a list or an object", problems);
        }

        return section.Value;
    }

    private static bool? Flag(IConfigurationSection section, List<ValidationProblem> problems)
    {
        var text = Text(section, problems);
        if (text is null)
        {
            return null;
        }

        if (bool.TryParse(text.Trim(), out var value))
        {
            return value;
        }

        Wrong(section, "true atau false", "true or false", problems);
        return null;
    }

    private static int? Whole(IConfigurationSection section, List<ValidationProblem> problems)
    {
        var text = Text(section, problems);
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        Wrong(section, "bilangan bulat", "a whole number", problems);
        return null;
    }

    /// <summary>One of <paramref name="allowed"/> by its name (any case); numbers are refused, so a value always says what it means.</summary>
    private static T? Named<T>(IConfigurationSection section, List<ValidationProblem> problems, params T[] allowed)
        where T : struct, Enum
    {
        var text = Text(section, problems);
        if (text is null)
        {
            return null;
        }

        foreach (var value in allowed)
        {
            if (string.Equals(value.ToString(), text.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        var names = string.Join(", ", allowed.Select(a => "'" + a + "'"));
        Wrong(section, "salah satu dari " + names, "one of " + names, problems);
        return null;
    }

    private static void Unknown(IConfigurationSection section, List<ValidationProblem> problems) =>
        problems.Add(Problem(ProblemCodes.UnknownReference, section.Path, section.Key, Option, OptionEnglish));

    /// <summary>A value of the wrong form; what was expected is said in both languages (the two arguments of json.type).</summary>
    private static void Wrong(IConfigurationSection section, string expectedIndonesian, string expectedEnglish, List<ValidationProblem> problems) =>
        problems.Add(Problem(ProblemCodes.JsonType, section.Path, section.Value ?? "(" + string.Join(", ", section.GetChildren().Select(c => c.Key)) + ")", expectedIndonesian, expectedEnglish));

    private static ValidationProblem Problem(string code, string path, string? value, params string[] arguments) =>
        new(code, path, value, Severity.Error, arguments);
}
