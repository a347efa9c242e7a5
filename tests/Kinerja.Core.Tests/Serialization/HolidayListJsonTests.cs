using Kinerja.Core.BuiltIn;
using Kinerja.Core.Serialization;
using Kinerja.Core.Validation;

namespace Kinerja.Core.Tests.Serialization;

public class HolidayListJsonTests
{
    [Fact]
    public void WriteThenParse_RoundTrips()
    {
        var back = KinerjaJson.ReadHolidayList(KinerjaJson.Write(NationalHolidays.Year2026)).Value;
        Assert.Equal(NationalHolidays.Year2026.Holidays, back.Holidays);
        Assert.Equal(NationalHolidays.Year2026.Source, back.Source);
    }

    [Fact]
    public void Parse_OtherYearFromJson()
    {
        const string json = """
            { "year": 2027, "source": "SKB (contoh)", "holidays": [ { "date": "2027-01-01", "name": "Tahun Baru 2027 Masehi", "kind": "libur-nasional" } ] }
            """;
        var list = KinerjaJson.ReadHolidayList(json).Value;
        Assert.Equal(2027, list.Year);
        Assert.Single(list.Holidays);
    }

    [Fact]
    public void Parse_BadEntries_ReportsEachPath()
    {
        const string json = """
            { "year": 2027, "source": "x", "holidays": [
              { "date": "2027-02-30", "name": "A", "kind": "libur-nasional" },
              { "date": "2026-12-31", "name": "B", "kind": "libur-nasional" },
              { "date": "2027-03-01", "name": "", "kind": "libur" } ] }
            """;
        var found = KinerjaJson.ReadHolidayList(json).Problems.Select(p => (p.Code, p.Path)).ToArray();
        Assert.Equal(
            new[]
            {
                (ProblemCodes.JsonType, "$.holidays[0].date"),
                (ProblemCodes.YearOutOfRange, "$.holidays[1].date"),
                (ProblemCodes.Required, "$.holidays[2].name"),
                (ProblemCodes.JsonType, "$.holidays[2].kind"),
            },
            found);
    }

    [Fact]
    public void Parse_Malformed_IsOneProblem() =>
        Assert.Equal(ProblemCodes.JsonMalformed, Assert.Single(KinerjaJson.ReadHolidayList("{ \"year\": ").Problems).Code);
}
