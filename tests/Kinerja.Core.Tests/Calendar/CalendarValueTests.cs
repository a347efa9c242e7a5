using Kinerja.Core.Calendar;
using Kinerja.Core.Sop;
using NodaTime;

namespace Kinerja.Core.Tests.Calendar;

/// <summary>
/// The calendar's small values as data: equality and hash of <see cref="MutuBakuWaktu"/>, <see cref="WorkingHours"/>
/// and <see cref="Holiday"/> field by field, their texts, and the argument checks of their factories.
/// </summary>
public class CalendarValueTests
{
    [Fact]
    public void MutuBakuWaktu_Equality_ComparesEachField()
    {
        var day = MutuBakuWaktu.Between(3m, 5m, MutuBakuUnit.Day);

        Assert.Equal(day, MutuBakuWaktu.Read("3 - 5 Hari").Value);
        Assert.Equal(day.GetHashCode(), MutuBakuWaktu.Read("3 s.d. 5 Hari").Value.GetHashCode());
        Assert.NotEqual(day, MutuBakuWaktu.Between(4m, 5m, MutuBakuUnit.Day));
        Assert.NotEqual(day, MutuBakuWaktu.Between(3m, 6m, MutuBakuUnit.Day));
        Assert.NotEqual(day, MutuBakuWaktu.Between(3m, 5m, MutuBakuUnit.Week));
        Assert.NotEqual(day, MutuBakuWaktu.Read("3 - 5 hari kerja").Value);
        Assert.False(day.Equals((MutuBakuWaktu?)null));
        Assert.False(day.Equals((object?)"3 - 5 Hari"));
        Assert.True(day.Equals((object)MutuBakuWaktu.Between(3m, 5m, MutuBakuUnit.Day)));
    }

    [Fact]
    public void MutuBakuWaktu_Hash_DependsOnBoundsAndUnit()
    {
        // Hashes may collide, but these simple distinct standards do not under any reasonable hash.
        var hashes = new[]
        {
            MutuBakuWaktu.Of(1m, MutuBakuUnit.Day), MutuBakuWaktu.Of(2m, MutuBakuUnit.Day), MutuBakuWaktu.Between(1m, 2m, MutuBakuUnit.Day),
            MutuBakuWaktu.Of(1m, MutuBakuUnit.Hour), MutuBakuWaktu.Of(1m, MutuBakuUnit.Week),
        }.Select(s => s.GetHashCode()).ToArray();

        Assert.Equal(hashes.Length, hashes.Distinct().Count());
    }

    [Theory]
    [InlineData("2 Hari", false)]
    [InlineData("2 - 2 Hari", false)]
    [InlineData("2 - 3 Hari", true)]
    public void MutuBakuWaktu_IsRange_WhenTheBoundsDiffer(string text, bool range) =>
        Assert.Equal(range, MutuBakuWaktu.Read(text).Value.IsRange);

    [Theory]
    [InlineData("2 hari kerja", true)]
    [InlineData("2 Hari", false)]
    [InlineData("2 Minggu", false)]
    public void MutuBakuWaktu_SaysWorkingDays_OnlyForHariKerja(string text, bool working) =>
        Assert.Equal(working, MutuBakuWaktu.Read(text).Value.SaysWorkingDays);

    [Theory]
    [InlineData("5 mnt", MutuBakuUnit.Minute)]
    [InlineData("5 MENIT", MutuBakuUnit.Minute)]
    [InlineData("2 Jam.", MutuBakuUnit.Hour)]
    [InlineData("2 minggu", MutuBakuUnit.Week)]
    [InlineData("1 sampai dengan 2 Hari", MutuBakuUnit.Day)]
    [InlineData("1 sd 2 Hari", MutuBakuUnit.Day)]
    [InlineData("1 — 2 Hari", MutuBakuUnit.Day)]
    public void MutuBakuWaktu_Parse_OtherPrintedForms(string text, MutuBakuUnit unit) =>
        Assert.Equal(unit, MutuBakuWaktu.Read(text).Value.Unit);

    [Theory]
    [InlineData("–")]
    [InlineData("—")]
    [InlineData(" - ")]
    public void MutuBakuWaktu_Parse_EveryDash_IsNone(string text) =>
        Assert.Same(MutuBakuWaktu.None, MutuBakuWaktu.Read(text).Value);

    [Fact]
    public void MutuBakuWaktu_Parse_RangeProblem_NamesBothBounds()
    {
        var problem = Assert.Single(MutuBakuWaktu.Read("5 - 3 Hari", "steps[1].waktu").Problems);

        Assert.Equal(["5", "3"], problem.Arguments);
        Assert.Throws<ArgumentNullException>(() => MutuBakuWaktu.Read("2 Hari", null!));
    }

    [Theory]
    [InlineData(1, 1, MutuBakuUnit.Minute, "1 Menit")]
    [InlineData(2, 2, MutuBakuUnit.Hour, "2 Jam")]
    [InlineData(1, 2, MutuBakuUnit.Week, "1 - 2 Minggu")]
    [InlineData(3, 3, MutuBakuUnit.Day, "3 Hari")]
    public void MutuBakuWaktu_Range_FormatsEachUnit(int lower, int upper, MutuBakuUnit unit, string text)
    {
        var standard = MutuBakuWaktu.Between(lower, upper, unit);

        Assert.Equal(text, standard.Text);
        Assert.Equal((lower, upper, unit), ((int)standard.Lower, (int)standard.Upper, standard.Unit));
        Assert.True(standard.HasLimit);
        Assert.False(standard.SaysWorkingDays);
    }

    [Theory]
    [InlineData("1", "1", 0, "unit")]
    [InlineData("1", "1", 5, "unit")]
    [InlineData("1", "1", 6, "unit")]
    [InlineData("0", "1", 3, "lower")]
    [InlineData("-1", "1", 3, "lower")]
    [InlineData("1", "0.5", 3, "lower")]
    public void MutuBakuWaktu_Range_RejectsBadBoundsAndUnits(string lower, string upper, int unit, string parameter) =>
        Assert.Equal(parameter, Assert.Throws<ArgumentOutOfRangeException>(() => MutuBakuWaktu.Between(D(lower), D(upper), (MutuBakuUnit)unit)).ParamName);

    private static decimal D(string text) => decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void MutuBakuWaktu_Range_EqualBounds_AndTheFirstAndLastUnit_AreAccepted()
    {
        Assert.Equal(MutuBakuUnit.Minute, MutuBakuWaktu.Between(1m, 1m, MutuBakuUnit.Minute).Unit);
        Assert.Equal(MutuBakuUnit.Week, MutuBakuWaktu.Between(0.5m, 1m, MutuBakuUnit.Week).Unit);
        Assert.Equal("lower", Assert.Throws<ArgumentOutOfRangeException>(() => MutuBakuWaktu.Between(2m, 1m, MutuBakuUnit.Day)).ParamName);
        Assert.Equal("unit", Assert.Throws<ArgumentOutOfRangeException>(() => MutuBakuWaktu.Between(1m, 1m, (MutuBakuUnit)5)).ParamName);
    }

    [Fact]
    public void WorkingHours_EqualityLengthAndText()
    {
        var hours = new WorkingHours(new LocalTime(7, 30), new LocalTime(16, 0));

        Assert.Equal("07:30-16:00", hours.ToString());
        Assert.Equal(Duration.FromMinutes(510), hours.Length);
        Assert.Equal(hours, new WorkingHours(new LocalTime(7, 30), new LocalTime(16, 0)));
        Assert.Equal(hours.GetHashCode(), new WorkingHours(new LocalTime(7, 30), new LocalTime(16, 0)).GetHashCode());
        Assert.NotEqual(hours, new WorkingHours(new LocalTime(7, 0), new LocalTime(16, 0)));
        Assert.NotEqual(hours, new WorkingHours(new LocalTime(7, 30), new LocalTime(16, 30)));
        Assert.NotEqual(hours.GetHashCode(), new WorkingHours(new LocalTime(7, 30), new LocalTime(16, 30)).GetHashCode());
        Assert.False(hours.Equals((object?)null));
        Assert.True(hours.Equals((object)new WorkingHours(new LocalTime(7, 30), new LocalTime(16, 0))));
        Assert.Throws<ArgumentException>(() => new WorkingHours(new LocalTime(8, 0), new LocalTime(8, 0)));
        Assert.Throws<ArgumentException>(() => new WorkingHours(new LocalTime(9, 0), new LocalTime(8, 0)));
    }

    [Fact]
    public void Holiday_EqualityAndText()
    {
        var date = new LocalDate(2026, 8, 17);
        var holiday = new Holiday(date, "Proklamasi Kemerdekaan", HolidayKind.National);

        Assert.Equal("2026-08-17 Proklamasi Kemerdekaan", holiday.ToString());
        Assert.Equal(holiday, new Holiday(date, "Proklamasi Kemerdekaan", HolidayKind.National));
        Assert.Equal(holiday.GetHashCode(), new Holiday(date, "Proklamasi Kemerdekaan", HolidayKind.National).GetHashCode());
        Assert.NotEqual(holiday, new Holiday(date.PlusDays(1), "Proklamasi Kemerdekaan", HolidayKind.National));
        Assert.NotEqual(holiday, new Holiday(date, "Kemerdekaan", HolidayKind.National));
        Assert.NotEqual(holiday, new Holiday(date, "Proklamasi Kemerdekaan", HolidayKind.Local));
        Assert.False(holiday.Equals((object?)null));
        Assert.True(holiday.Equals((object)new Holiday(date, "Proklamasi Kemerdekaan", HolidayKind.National)));
        Assert.Throws<ArgumentNullException>(() => new Holiday(date, null!, HolidayKind.Local));
    }

    [Fact]
    public void HolidayList_SortsChecksTheYearAndPrints()
    {
        var late = new Holiday(new LocalDate(2026, 12, 25), "Natal", HolidayKind.National);
        var early = new Holiday(new LocalDate(2026, 1, 1), "Tahun Baru", HolidayKind.National);
        var list = new HolidayList(2026, "SKB", [late, early], "catatan");

        Assert.Equal([early, late], list.Holidays);
        Assert.Equal((2026, "SKB", "catatan"), (list.Year, list.Source, list.Notes));
        Assert.Equal("2026: SKB", list.ToString());
        var e = Assert.Throws<ArgumentException>(() => new HolidayList(2025, "SKB", [early]));
        Assert.Equal("holidays", e.ParamName);
        Assert.Contains("2026-01-01 Tahun Baru", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => new HolidayList(2026, null!, []));
        Assert.Throws<ArgumentNullException>(() => new HolidayList(2026, "SKB", null!));
    }
}
