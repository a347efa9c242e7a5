using System.Globalization;
using Kinerja.Core.Excel.Internal;

namespace Kinerja.Core.Excel.Tests.Properties;

public sealed class DataCollectionFormProperties
{
    [ExcelProperty]
    public void GenerateFillImport_RandomPkAndRealisasi_ReturnsExactlyTheRealisasiEntered(FilledForm filled)
    {
        var built = filled.Spec.ToBuilder().Build();
        Assert.True(built.IsValid, built.ToString());
        var pk = built.Value;
        var triwulan = new Triwulan(filled.Triwulan);
        var form = Xlsx.Open(Forms.Generate(pk, triwulan));
        var indicators = pk.Indicators;
        for (var i = 0; i < indicators.Count; i++)
        {
            var entry = filled.Entries[i];
            var row = Forms.FirstRow + i;
            Assert.Equal(indicators[i].Id, form.Raw(Forms.Sheet, Forms.At("J", row)));
            if (entry.Mode == EntryMode.NotReported)
            {
                continue;
            }

            var (stored, numeric) = entry.Cell;
            form = numeric ? form.SetNumber(Forms.Sheet, Forms.At("F", row), stored) : form.SetText(Forms.Sheet, Forms.At("F", row), stored);
            if (entry.Note is { } note)
            {
                form = form.SetText(Forms.Sheet, Forms.At("G", row), note);
            }

            if (entry.Bukti.Count > 0)
            {
                form = form.SetText(Forms.Sheet, Forms.At("I", row), string.Join("; ", entry.Bukti));
            }
        }

        using var stream = form.ToStream();
        var result = DataCollectionForm.Read(stream, pk, triwulan);

        Assert.True(result.IsValid, result.ToString());
        Assert.Empty(result.Problems);
        var set = result.Value;
        Assert.Equal(pk.Key, set.Key);
        Assert.Equal(filled.Entries.Count(e => e.Mode != EntryMode.NotReported), set.Realisasi.Count);
        for (var i = 0; i < indicators.Count; i++)
        {
            var entry = filled.Entries[i];
            var realisasi = set.Find(indicators[i].Id, triwulan);
            if (entry.Mode == EntryMode.NotReported)
            {
                Assert.Null(realisasi);
                continue;
            }

            Assert.NotNull(realisasi);
            if (entry.Mode == EntryMode.Grade)
            {
                Assert.Equal(entry.Grade, realisasi.Grade);
                Assert.Null(realisasi.Value);
            }
            else
            {
                Assert.Equal(entry.Value, realisasi.Value);
                Assert.Null(realisasi.Grade);
            }

            Assert.Equal(entry.Note, realisasi.Note);
            Assert.Equal(entry.Bukti, realisasi.BuktiDukung.Select(b => b.Reference));
        }
    }

    [ExcelProperty]
    public void TryFromDouble_NumberStoredWithSeventeenDigits_GivesTheDecimalTyped(FifteenDigits typed)
    {
        var stored = double.Parse(typed.Value.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture).ToString("G17", CultureInfo.InvariantCulture);

        Assert.True(ExcelNumber.TryFromDouble(double.Parse(stored, CultureInfo.InvariantCulture), out var read));
        Assert.Equal(typed.Value, read);
    }

    [ExcelProperty]
    public void TryParseText_IndonesianTextOfAnyDecimal_GivesItBackWithItsScale(AnyDecimal any)
    {
        var plain = ExcelNumber.ToText(any.Value);
        var grouped = any.Value.ToString("#,0.###################", ExcelArbitraries.Indonesian);

        Assert.True(ExcelNumber.TryParseText(plain, out var fromPlain), plain);
        Assert.True(ExcelNumber.TryParseText(grouped, out var fromGrouped), grouped);
        Assert.Equal(any.Value, fromPlain);
        Assert.Equal(decimal.GetBits(any.Value)[3], decimal.GetBits(fromPlain)[3]); // same scale: 1,50 stays 1.50
        Assert.Equal(any.Value, fromGrouped);
    }

    [WorkbookProperty]
    public void GenerateImport_TargetOfAnyPrecision_IsReadBackUnchanged(AnyDecimal any)
    {
        var target = Math.Abs(any.Value);
        var pk = Agreements.PerjanjianKinerja.CreateBuilder(Forms.Unit, 2026)
            .WithPihakPertama("Demo Camat", "Camat Bobotsari", null)
            .WithPihakKedua("Demo Bupati", "Bupati Purbalingga", null)
            .AddSasaran("S1", "Sasaran", s => s
                .AddIndicator("IK1", "Indikator", i => i.WithSatuan("Dokumen").WithAggregation(Agreements.AggregationMethod.LastValue)
                    .WithAnnualTarget(target).WithTriwulanTarget(3, Agreements.Target.Between(target / 2m, target))))
            .Build().Value;
        var form = Forms.Blank(pk, Triwulan.III);
        var annual = form.Raw(Forms.Sheet, "D12");

        using var stream = form.ToStream();
        var result = DataCollectionForm.Read(stream, pk, Triwulan.III);

        Assert.True(result.IsValid, result + " (target " + target.ToString(CultureInfo.InvariantCulture) + " stored as '" + annual + "')");
        // A target a double cannot hold is written as text, so that nothing typed in the PK is lost.
        Assert.Equal(ExcelNumber.FitsNumericCell(target), form.IsNumber(Forms.Sheet, "D12"));
    }
}
