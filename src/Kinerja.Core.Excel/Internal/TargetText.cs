using Kinerja.Core.Agreements;

namespace Kinerja.Core.Excel.Internal;

/// <summary>Targets in cells: a value as a number (or as Indonesian text when a double cannot hold it),
/// a range as <c>80 - 90,5</c>, a grade as its code, no target as an empty cell.</summary>
internal static class TargetText
{
    private const string RangeSeparator = " - ";

    public static object? ToCell(Target? target) => target switch
    {
        null => null,
        { Kind: TargetKind.Value } when ExcelNumber.FitsNumericCell(target.Lower) => target.Lower,
        { Kind: TargetKind.Value } => ExcelNumber.ToText(target.Lower),
        { Kind: TargetKind.Range } => ExcelNumber.ToText(target.Lower) + RangeSeparator + ExcelNumber.ToText(target.Upper),
        _ => target.Grade,
    };

    /// <summary>The target as the form shows it, for messages.</summary>
    public static string Show(Target? target) => target switch
    {
        null => string.Empty,
        { Kind: TargetKind.Grade } => target.Grade!,
        { Kind: TargetKind.Range } => ExcelNumber.ToText(target.Lower) + RangeSeparator + ExcelNumber.ToText(target.Upper),
        _ => ExcelNumber.ToText(target.Lower),
    };

    /// <summary>Whether a cell still holds the target the form was generated with.</summary>
    public static bool Matches(object? cell, Target? target)
    {
        var text = cell as string;
        if (target is null)
        {
            return cell is null || (text is not null && text.Trim().Length == 0);
        }

        switch (target.Kind)
        {
            case TargetKind.Value:
                return ExcelNumber.TryRead(cell, out var v) && v == target.Lower;
            case TargetKind.Range:
                if (text is null)
                {
                    return false;
                }

                var parts = text.Split(['-', '\u2013'], StringSplitOptions.None);
                return parts.Length == 2
                    && ExcelNumber.TryParseText(parts[0], out var lower) && lower == target.Lower
                    && ExcelNumber.TryParseText(parts[1], out var upper) && upper == target.Upper;
            default:
                return text is not null && string.Equals(text.Trim(), target.Grade!.Trim(), StringComparison.OrdinalIgnoreCase);
        }
    }
}
