using Kinerja.Core.Internal;
using Kinerja.Core.Validation;

namespace Kinerja.Core.Agreements;

/// <summary>Assembles a <see cref="Sasaran"/> and its indicators inside a <see cref="PerjanjianKinerjaBuilder"/>.</summary>
public sealed class SasaranBuilder
{
    private readonly List<IndicatorBuilder> _indicators = [];
    private readonly List<string> _unknownIndicators = [];

    internal SasaranBuilder(string id, string name)
    {
        Id = id;
        Name = name;
    }

    internal SasaranBuilder(Sasaran sasaran)
        : this(sasaran.Id, sasaran.Name)
    {
        CascadeLink = sasaran.CascadesTo;
        _indicators.AddRange(sasaran.Indicators.Select(i => new IndicatorBuilder(i)));
    }

    internal string Id { get; }

    internal string Name { get; private set; }

    internal CascadeLink? CascadeLink { get; private set; }

    internal IEnumerable<IndicatorBuilder> Indicators => _indicators;

    /// <summary>Renames the sasaran.</summary>
    /// <param name="name">The sasaran as printed.</param>
    /// <returns>This builder.</returns>
    public SasaranBuilder WithName(string name)
    {
        Name = name;
        return this;
    }

    /// <summary>Links the sasaran to the higher PK's sasaran it supports.</summary>
    /// <param name="link">The link, or <see langword="null"/> to remove it.</param>
    /// <returns>This builder.</returns>
    public SasaranBuilder CascadesTo(CascadeLink? link)
    {
        CascadeLink = link;
        return this;
    }

    /// <summary>Adds an indicator.</summary>
    /// <param name="id">The indicator's id, unique within the PK.</param>
    /// <param name="name">The indicator's name as printed.</param>
    /// <param name="configure">Sets the indicator's satuan, polarity, targets and so on.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="configure"/> is null.</exception>
    public SasaranBuilder AddIndicator(string id, string name, Action<IndicatorBuilder> configure)
    {
        if (configure is null)
        {
            throw new ArgumentNullException(nameof(configure));
        }

        var builder = new IndicatorBuilder(id, name);
        configure(builder);
        _indicators.Add(builder);
        return this;
    }

    /// <summary>Changes an indicator already added (for a revision, PK perubahan). An unknown id is reported when the PK is built.</summary>
    /// <param name="id">The indicator's id.</param>
    /// <param name="configure">The changes.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="configure"/> is null.</exception>
    public SasaranBuilder UpdateIndicator(string id, Action<IndicatorBuilder> configure)
    {
        if (configure is null)
        {
            throw new ArgumentNullException(nameof(configure));
        }

        var builder = _indicators.Find(i => i.Id == id);
        if (builder is null)
        {
            _unknownIndicators.Add(id);
        }
        else
        {
            configure(builder);
        }

        return this;
    }

    /// <summary>Removes an indicator (for a revision). An unknown id is reported when the PK is built.</summary>
    /// <param name="id">The indicator's id.</param>
    /// <returns>This builder.</returns>
    public SasaranBuilder RemoveIndicator(string id)
    {
        if (_indicators.RemoveAll(i => i.Id == id) == 0)
        {
            _unknownIndicators.Add(id);
        }

        return this;
    }

    internal Sasaran? Build(string path, int year, Problems problems)
    {
        var errorsBefore = problems.ErrorCount;
        problems.Required(Id, path + ".id");
        problems.Required(Name, path + ".name");
        foreach (var id in _unknownIndicators)
        {
            problems.Error(ProblemCodes.UnknownReference, path + ".indicators", id, "indikator", "indicator");
        }

        if (CascadeLink is { } link)
        {
            problems.Required(link.SasaranId, path + ".cascadesTo.sasaranId");
            if (link.Parent.Year != year)
            {
                problems.Error(ProblemCodes.CascadeYear, path + ".cascadesTo.year", Text.Of(link.Parent.Year), Text.Of(year));
            }
        }

        if (_indicators.Count == 0)
        {
            problems.Error(ProblemCodes.Empty, path + ".indicators", null, "indikator", "indicator");
        }

        var indicators = new List<Indicator>(_indicators.Count);
        for (var i = 0; i < _indicators.Count; i++)
        {
            if (_indicators[i].Build(Text.Index(path + ".indicators", i), problems) is { } indicator)
            {
                indicators.Add(indicator);
            }
        }

        return problems.ErrorCount == errorsBefore
            ? new Sasaran(Id, Name, indicators, CascadeLink)
            : null;
    }
}
