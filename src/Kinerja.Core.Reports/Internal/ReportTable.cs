namespace Kinerja.Core.Reports.Internal;

/// <summary>One printed cell: the text a document shows and, for a figure, the number an xlsx cell stores
/// (the same figure as the text, never more or less rounded).</summary>
internal readonly record struct ReportCell(string Text, decimal? Number = null, bool Percent = false)
{
    public static implicit operator ReportCell(string text) => new(text);
}

/// <summary>A table as both documents print it. <see cref="AnalysisColumn"/> is the column left empty for the officer.</summary>
internal sealed record ReportTable(string Title, string SheetName, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<ReportCell>> Rows)
{
    public int? AnalysisColumn { get; init; }

    public string? EmptyText { get; init; }
}

/// <summary>A chart: the PNG and its caption.</summary>
internal sealed record ReportChart(string Caption, byte[] Png);

/// <summary>A document as both writers render it: a header block, then tables and charts in order.</summary>
internal sealed record ReportDocument(string Title, IReadOnlyList<string> Header, IReadOnlyList<object> Blocks);

/// <summary>A heading inside a document.</summary>
internal sealed record ReportHeading(string Text);
