using System.Text;
using Kinerja.Core.Tests.Validation;
using Kinerja.Core.Validation;
using Microsoft.Extensions.Configuration;

namespace Kinerja.Core.DependencyInjection.Tests;

/// <summary>
/// Every problem the options report has an Indonesian text with no English in it: the configuration
/// reader runs on a corpus of bad sections (each kind of key given a list, an object or a wrong
/// value, unknown keys at every level, missing ids, bad JSON texts inside), and the options built in
/// code on every fault of <see cref="OptionFaults"/>; every problem's Indonesian message is checked by
/// <see cref="IndonesianText"/> (shared with the core tests).
/// </summary>
public class IndonesianMessagesTests
{
    /// <summary>The bad contents of the <c>Kinerja</c> section, one at a time.</summary>
    private static readonly string[] Sections =
    [
        """{ "DefaultOffice": [ "a" ], "DefaultScale": { "x": "1" }, "IncludeBuiltInTemplates": "ya", "Defaultoffise": "a" }""",
        """{ "IncludeBuiltInTemplates": [ true ], "ScaleJson": "x", "TemplateJson": { "a": "x" } }""",
        """{ "ScaleJson": [ "{", "{ \"name\": 1, \"bands\": \"x\" }", "{ \"name\": \"x\", \"warna\": 1, \"bands\": [] }", "[ 1 ]", "" ], "TemplateJson": [ "{ \"kind\": \"sopDefinition\" }", "tidak json" ] }""",
        """{ "ScaleJson": [ [ "x" ] ], "TemplateJson": [ { "a": "b" } ] }""",
        """{ "Offices": "x" }""",
        """{ "Offices": { "a": { "Id": "a" } } }""",
        """{ "Offices": [ "x" ] }""",
        """{ "Offices": [ { "Id": [ "a" ], "Name": { "x": "y" }, "TimeZone": "Mars/Olympus", "TimeZon": "WIB" } ] }""",
        """{ "Offices": [ { "Id": "a", "WorkingDaysPerWeek": "lima" }, { "Id": "b", "WorkingDaysPerWeek": "5.5" }, { "Id": "c", "WorkingDaysPerWeek": 7 } ] }""",
        """{ "Offices": [ { "Id": "a", "DayCounting": "Kalender" }, { "Id": "b", "DayCounting": "1" }, { "Id": "c", "IncludeBuiltInHolidays": "mungkin" } ] }""",
        """{ "Offices": [ { "Id": "a", "HolidayListJson": [ "{", "{ \"year\": \"x\" }", "{ \"year\": 2026, \"holidays\": [ { \"date\": \"2026-13-45\", \"name\": \"x\", \"kind\": \"libur\" } ] }" ] } ] }""",
        """{ "Offices": [ { "Id": "a", "HolidayListJson": "x" }, { "Id": "a" } ] }""",
        """{ "Offices": [ { "Id": "a", "Roster": "x" } ] }""",
        """{ "Offices": [ { "Id": "a", "Roster": { "Aliases": "x", "People": "y", "Peple": [] } } ] }""",
        """{ "Offices": [ { "Id": "a", "Roster": { "Aliases": [ [ "Camat", "Camat" ], "x" ], "People": [ "x", { "Name": "Tanpa Id" }, { "Id": "tanpa-nama" } ] } } ] }""",
        """{ "Offices": [ { "Id": "a", "Roster": { "People": [ { "Id": "p", "Name": "P", "Nip": "123", "Roles": "Camat", "Umur": "40" }, { "Id": "p", "Name": "Q", "Nip": "19780312200501100X" } ] } } ] }""",
        """{ "Offices": [ { "Id": "a", "Roster": { "People": [ { "Id": "p", "Name": "P", "Roles": [ "Camat" ], "Acting": [ "x", { "Status": "Plh" }, { "Role": "Camat", "Status": "Plx" }, { "Role": "Camat", "Status": "1" }, { "Role": "Camat", "Sebagai": "x" } ] } ] } } ] }""",
        """{ "Offices": [ { "Id": "a", "Roster": { "People": [ { "Id": "p", "Name": "P", "Nip": "19780312200501100", "Acting": "Plt" } ] } } ] }""",
    ];

    [Fact]
    public void Options_OnACorpusOfBadConfigurationAndFaults_IndonesianMessagesHoldNoEnglish()
    {
        var problems = new List<ValidationProblem>();
        foreach (var json in Sections)
        {
            problems.AddRange(new KinerjaOptions().Read(Section(json)).Validate().Problems);
        }

        foreach (var fault in OptionFaults.All)
        {
            problems.AddRange(OptionFaults.With([fault]).Validate().Problems);
        }

        Assert.Superset(
            new HashSet<string>(
            [
                ProblemCodes.UnknownReference, ProblemCodes.JsonType, ProblemCodes.Required, ProblemCodes.JsonMalformed, ProblemCodes.JsonUnknownProperty,
                ProblemCodes.OutOfRange, ProblemCodes.Duplicate, ProblemCodes.NipLength, ProblemCodes.NipCharacter, ProblemCodes.WorkingHours,
            ]),
            problems.Select(p => p.Code).ToHashSet(StringComparer.Ordinal));
        if (IndonesianText.Report(problems) is { } report)
        {
            Assert.Fail(report);
        }
    }

    private static IConfigurationSection Section(string json) =>
        new ConfigurationBuilder().AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes("{ \"Kinerja\": " + json + " }"))).Build().GetSection("Kinerja");
}
