using System.Globalization;

namespace Kinerja.Core.Excel.Internal;

/// <summary>A cell of a sheet: 1-based row and column, and its Excel names.</summary>
internal readonly struct CellReference
{
    public CellReference(string sheet, int row, int column)
    {
        Sheet = sheet;
        Row = row;
        Column = column;
    }

    public string Sheet { get; }

    public int Row { get; }

    public int Column { get; }

    public string ColumnLetters => Letters(Column);

    /// <summary>The reference as Excel writes it across sheets: <c>'Realisasi'!F12</c>.</summary>
    public string Path => "'" + Sheet.Replace("'", "''") + "'!" + ColumnLetters + Row.ToString(CultureInfo.InvariantCulture);

    /// <summary>The column letters of a 1-based column: 1 is A, 27 is AA.</summary>
    public static string Letters(int column)
    {
        var letters = string.Empty;
        for (var n = column; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }

        return letters;
    }

    /// <summary>The 1-based column of column letters.</summary>
    public static int Number(string letters)
    {
        var n = 0;
        foreach (var c in letters)
        {
            n = (n * 26) + (char.ToUpperInvariant(c) - 'A' + 1);
        }

        return n;
    }
}
