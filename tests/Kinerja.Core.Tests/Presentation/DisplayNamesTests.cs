using System.Reflection;
using Kinerja.Core.Agreements;
using Kinerja.Core.Budget;
using Kinerja.Core.Calendar;
using Kinerja.Core.Capaian;
using Kinerja.Core.Presentation;
using Kinerja.Core.Recap;
using Kinerja.Core.Sop;
using Kinerja.Core.Tests.Properties;
using Kinerja.Core.Validation;

namespace Kinerja.Core.Tests.Presentation;

public class DisplayNamesTests
{
    private static readonly MessageLanguage[] Languages = [MessageLanguage.Indonesian, MessageLanguage.English];

    /// <summary>Every public enum of the library, found by reflection: a new enum is covered without editing this list.</summary>
    public static TheoryData<string> PublicEnums()
    {
        var data = new TheoryData<string>();
        foreach (var type in typeof(DisplayNames).Assembly.GetExportedTypes().Where(t => t.IsEnum).OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            data.Add(type.FullName!);
        }

        return data;
    }

    [Fact]
    public void PublicEnums_AreFoundByReflection() =>
        Assert.True(PublicEnums().Count >= 31, "expected the library's public enums, found " + PublicEnums().Count);

    [Theory]
    [MemberData(nameof(PublicEnums))]
    public void Of_EveryMemberOfEveryPublicEnum_HasANonEmptyDistinctNamePerLanguage(string enumName)
    {
        var type = typeof(DisplayNames).Assembly.GetType(enumName)!;
        var of = OfMethod(type);
        Assert.True(of is not null, "DisplayNames has no Of(" + type.Name + ", MessageLanguage)");
        foreach (var language in Languages)
        {
            var names = Enum.GetValues(type).Cast<object>().Select(v => (Member: v.ToString()!, Name: (string)of!.Invoke(null, [v, language])!)).ToList();
            foreach (var (member, name) in names)
            {
                Assert.False(string.IsNullOrWhiteSpace(name), type.Name + "." + member + " has no " + language + " name");
                Assert.DoesNotContain("tidak dikenal", name, StringComparison.Ordinal);
                Assert.DoesNotContain("unknown value", name, StringComparison.Ordinal);
            }

            var repeated = names.GroupBy(n => n.Name, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
            Assert.True(repeated.Count == 0, type.Name + " repeats " + language + " names: " + string.Join(", ", repeated));
        }
    }

    [Theory]
    [MemberData(nameof(PublicEnums))]
    public void Of_UndefinedValue_NamesItsNumberWithoutThrowing(string enumName)
    {
        var type = typeof(DisplayNames).Assembly.GetType(enumName)!;
        var of = OfMethod(type)!;
        var undefined = Enum.ToObject(type, 99);
        Assert.Equal("nilai tidak dikenal (99)", of.Invoke(null, [undefined, MessageLanguage.Indonesian]));
        Assert.Equal("unknown value (99)", of.Invoke(null, [undefined, MessageLanguage.English]));
    }

    [KinerjaProperty]
    public bool Of_AnyNumberAsPolarity_NeverThrowsAndNamesUndefinedByNumber(int number)
    {
        var value = (Polarity)number;
        var id = DisplayNames.Of(value);
        var en = DisplayNames.Of(value, MessageLanguage.English);
        return Enum.IsDefined(value)
            ? id.Length > 0 && en.Length > 0
            : id == "nilai tidak dikenal (" + number.ToString(System.Globalization.CultureInfo.InvariantCulture) + ")"
              && en == "unknown value (" + number.ToString(System.Globalization.CultureInfo.InvariantCulture) + ")";
    }

    [Fact]
    public void Of_WorkedExamples()
    {
        Assert.Equal("kondisi normal (semakin tinggi semakin baik)", DisplayNames.Of(Polarity.Positive));
        Assert.Equal("lower is better", DisplayNames.Of(Polarity.Negative, MessageLanguage.English));
        Assert.Equal("kumulatif", DisplayNames.Of(AggregationMethod.CumulativeSum));
        Assert.Equal("posisi akhir", DisplayNames.Of(AggregationMethod.LastValue));
        Assert.Equal("last value", DisplayNames.Of(AggregationMethod.LastValue, MessageLanguage.English));
        Assert.Equal("nasional", DisplayNames.Of(RecapLevel.National));
        Assert.Equal("belum dilaporkan", DisplayNames.Of(CapaianStatus.NotReported));
        Assert.Equal("selesai dengan celah sumber", DisplayNames.Of(SopStatus.CompletedWithGaps));
        Assert.Equal("completed", DisplayNames.Of(SopStatus.Completed, MessageLanguage.English));
        Assert.Equal("dikembalikan", DisplayNames.Of(SopEventKind.Returned));
        Assert.Equal("cuti bersama", DisplayNames.Of(HolidayKind.CutiBersama));
        Assert.Equal("hari kerja", DisplayNames.Of(DayCounting.WorkingDays));
        Assert.Equal("Plt. (pelaksana tugas)", DisplayNames.Of(ActingStatus.Plt));
        Assert.Equal("tidak efisien", DisplayNames.Of(Efficiency.TidakEfisien));
        Assert.Equal("pagu nol", DisplayNames.Of(SerapanStatus.ZeroPagu));
        Assert.Equal("sesuai arahan pimpinan", DisplayNames.Of(MutuBakuUnit.Instruction));
        Assert.Equal("predikat", DisplayNames.Of(ValueKind.QualitativeGrade));
        Assert.Equal("sub kegiatan", DisplayNames.Of(ProgramKind.SubKegiatan));
    }

    [Theory]
    [InlineData(CapaianReason.NotReported)]
    [InlineData(CapaianReason.ZeroTarget)]
    [InlineData(CapaianReason.ZeroRealisasi)]
    [InlineData(CapaianReason.TargetMissing)]
    [InlineData(CapaianReason.GradeNotInScale)]
    [InlineData(CapaianReason.KindMismatch)]
    [InlineData(CapaianReason.OutOfRange)]
    public void FormatResult_WritesTheReasonsDisplayName(CapaianReason reason)
    {
        var result = reason == CapaianReason.NotReported ? CapaianResult.NotReported : CapaianResult.NotComputable(reason);
        foreach (var language in Languages)
        {
            Assert.Equal("- (" + DisplayNames.Of(reason, language) + ")", CapaianFormat.FormatResult(result, language: language));
        }
    }

    [Fact]
    public void DescribeReason_OfAComputedFigure_IsEmpty() =>
        Assert.Equal(string.Empty, CapaianResult.Computed(100m).DescribeReason());

    private static MethodInfo? OfMethod(Type enumType) =>
        typeof(DisplayNames).GetMethod(nameof(DisplayNames.Of), BindingFlags.Public | BindingFlags.Static, [enumType, typeof(MessageLanguage)]);
}
