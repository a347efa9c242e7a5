using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Kinerja.Core.Recap;
using Kinerja.Core.Validation;
using Kinerja.Samples.WebApi.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Samples.WebApi.Api;

/// <summary>
/// A quarter's body whose anggaran are figures to date (<c>"budgetEntry": "cumulative"</c>, realisasi anggaran s.d.
/// triwulan, decision D48): each figure becomes the quarter's own amount, the figure to date less what the stored
/// quarters before it add up to, through the core's one conversion (<see cref="BudgetMeasurement.FromCumulative"/>: a
/// figure below the one to the quarter before, or after a quarter not stored, is refused with the core's problem). The
/// sample stores and returns own amounts, as it always has; only the way in reads the user's figures as they keep them.
/// </summary>
internal static class CumulativeBudgetBody
{
    /// <summary>
    /// The body as a quarter of own amounts (unchanged when it does not say cumulative, or is not a JSON object: the
    /// core's reader reports what is wrong with it), or the problems of its figures, each at its <c>amount</c>.
    /// </summary>
    public static async Task<(string Text, List<ValidationProblem> Problems)> ToQuarterAmounts(string text, string unitCode, int year, int triwulan, KinerjaDbContext db, CancellationToken ct)
    {
        var problems = new List<ValidationProblem>();
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            return (text, problems);
        }

        if (root is not JsonObject body
            || body["budgetEntry"] is not JsonValue entry || !entry.TryGetValue<string>(out var mode) || mode != "cumulative"
            || body["anggaran"] is not JsonArray anggaran)
        {
            return (text, problems);
        }

        // One row per program and quarter (the table's unique index).
        var stored = await db.Anggaran.AsNoTracking()
            .Where(a => a.UnitCode == unitCode && a.Year == year && a.Triwulan < triwulan)
            .ToDictionaryAsync(a => (a.ProgramId, a.Triwulan), a => a.Amount, ct).ConfigureAwait(false);
        for (var i = 0; i < anggaran.Count; i++)
        {
            // Entries the core will refuse anyway (no program, another quarter, no number) are left to it.
            if (anggaran[i] is not JsonObject item
                || item["programId"] is not JsonValue id || !id.TryGetValue<string>(out var program)
                || item["triwulan"] is not JsonValue tw || !tw.TryGetValue<int>(out var quarter) || quarter != triwulan
                || item["amount"] is not JsonValue amount || !amount.TryGetValue<decimal>(out var toDate))
            {
                continue;
            }

            // The figures to date of the quarters before, from the stored own amounts; null from the first quarter not stored.
            var figures = new decimal?[4];
            decimal sum = 0m;
            for (var q = 1; q < triwulan; q++)
            {
                if (!stored.TryGetValue((program, q), out var own))
                {
                    break;
                }

                if (own > decimal.MaxValue - sum)
                {
                    // Stored amounts whose sum a decimal cannot hold: no figure to date (the core then names the gap).
                    break;
                }

                sum += own;
                figures[q - 1] = sum;
            }

            figures[triwulan - 1] = toDate;
            var path = "$.anggaran[" + i.ToString(CultureInfo.InvariantCulture) + "].amount";
            var converted = BudgetMeasurement.FromCumulative(string.Empty, string.Empty, unitCode, program, 0m, figures[0], figures[1], figures[2], figures[3]);
            if (!converted.IsValid)
            {
                problems.AddRange(converted.Problems.Select(p => new ValidationProblem(p.Code, path, p.AttemptedValue, p.Severity, [.. p.Arguments])));
                continue;
            }

            item["amount"] = converted.Value.Realisasi[triwulan - 1];
        }

        body.Remove("budgetEntry");
        return (body.ToJsonString(), problems);
    }
}
