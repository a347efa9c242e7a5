using Kinerja.Core.Calendar;
using Kinerja.Core.Internal;
using Kinerja.Core.Validation;

namespace Kinerja.Core.Sop;

/// <summary>
/// Assembles an <see cref="SopDefinition"/> fluently. Everything is accepted as given;
/// <see cref="Build"/> validates it all at once, naming each offending step: an unknown role, a
/// return or jump to a missing step, a step no path reaches, a loop with no way out, duplicate
/// numbers, a step with no actor, and a time standard that cannot be read.
/// </summary>
public sealed class SopDefinitionBuilder
{
    private readonly string _id;
    private readonly int _version;
    private readonly List<(string Id, string Name, string[] Aliases)> _roles = [];
    private readonly List<SopStepBuilder> _steps = [];
    private readonly List<(int[] Steps, string Note)> _gaps = [];
    private SopHeader _header = new();
    private string? _source;
    private string? _notes;

    internal SopDefinitionBuilder(string id, int version)
    {
        _id = id;
        _version = version;
    }

    /// <summary>Sets the standard header.</summary>
    /// <param name="header">The header.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="header"/> is null.</exception>
    public SopDefinitionBuilder WithHeader(SopHeader header)
    {
        _header = header ?? throw new ArgumentNullException(nameof(header));
        return this;
    }

    /// <summary>Notes where the definition comes from.</summary>
    /// <param name="source">The source.</param>
    /// <returns>This builder.</returns>
    public SopDefinitionBuilder WithSource(string? source)
    {
        _source = source;
        return this;
    }

    /// <summary>Adds notes on the source.</summary>
    /// <param name="notes">The notes.</param>
    /// <returns>This builder.</returns>
    public SopDefinitionBuilder WithNotes(string? notes)
    {
        _notes = notes;
        return this;
    }

    /// <summary>Adds a role (a column of the SOP table).</summary>
    /// <param name="id">The role's id, used by steps.</param>
    /// <param name="name">The role's name as printed.</param>
    /// <param name="aliases">Other names of the role.</param>
    /// <returns>This builder.</returns>
    public SopDefinitionBuilder AddRole(string id, string name, params string[] aliases)
    {
        _roles.Add((id, name, aliases ?? []));
        return this;
    }

    /// <summary>Adds a process step.</summary>
    /// <param name="number">The step's number as printed.</param>
    /// <param name="activity">The activity as printed.</param>
    /// <param name="actor">The id of the role that does it.</param>
    /// <param name="configure">Sets the mutu baku and the rest, if needed.</param>
    /// <returns>This builder.</returns>
    public SopDefinitionBuilder AddStep(int number, string activity, string actor, Action<SopStepBuilder>? configure = null)
    {
        var step = new SopStepBuilder(number, activity, actor);
        configure?.Invoke(step);
        _steps.Add(step);
        return this;
    }

    /// <summary>Adds a decision step: approving goes on, returning sends the work back to <paramref name="returnTo"/>.</summary>
    /// <param name="number">The step's number as printed.</param>
    /// <param name="activity">The activity as printed.</param>
    /// <param name="actor">The id of the role that decides.</param>
    /// <param name="returnTo">The step the work returns to for correction.</param>
    /// <param name="configure">Sets the mutu baku, labels and the rest, if needed.</param>
    /// <returns>This builder.</returns>
    public SopDefinitionBuilder AddDecision(int number, string activity, string actor, int returnTo, Action<SopStepBuilder>? configure = null)
    {
        var step = new SopStepBuilder(number, activity, actor).AsDecision(returnTo);
        configure?.Invoke(step);
        _steps.Add(step);
        return this;
    }

    /// <summary>Records a gap in the source (missing or duplicated steps, lost text).</summary>
    /// <param name="steps">The step numbers concerned.</param>
    /// <param name="note">What is missing or wrong.</param>
    /// <returns>This builder.</returns>
    public SopDefinitionBuilder AddGap(IEnumerable<int> steps, string note)
    {
        _gaps.Add(((steps ?? []).ToArray(), note));
        return this;
    }

    /// <summary>Validates everything and builds the definition.</summary>
    /// <returns>The definition, or every problem found.</returns>
    public ValidationResult<SopDefinition> Build()
    {
        var problems = new Problems();
        problems.Required(_id, "id");
        if (_version < 1)
        {
            problems.Error(ProblemCodes.OutOfRange, "version", Text.Of(_version), "1", Text.Of(int.MaxValue));
        }

        problems.Required(_header.Nama, "header.nama");
        var roleIds = new Dictionary<string, string>(StringComparer.Ordinal);
        var roles = new List<SopRole>();
        for (var i = 0; i < _roles.Count; i++)
        {
            var (id, name, aliases) = _roles[i];
            var path = Text.Index("roles", i);
            var ok = problems.Required(id, path + ".id") & problems.Required(name, path + ".name");
            if (ok && roleIds.TryGetValue(id, out var first))
            {
                problems.Error(ProblemCodes.Duplicate, path + ".id", id, first);
                ok = false;
            }

            if (ok)
            {
                roleIds.Add(id, path + ".id");
                roles.Add(new SopRole(id, name, aliases.Where(a => !string.IsNullOrWhiteSpace(a)).ToArray()));
            }
        }

        if (_steps.Count == 0)
        {
            problems.Error(ProblemCodes.Empty, "steps", null, "langkah", "step");
        }

        var numbers = new Dictionary<int, string>();
        var steps = new List<SopStep>();
        for (var i = 0; i < _steps.Count; i++)
        {
            var path = Text.Index("steps", i);
            var s = _steps[i];
            if (numbers.TryGetValue(s.Number, out var first))
            {
                problems.Error(ProblemCodes.Duplicate, path + ".number", Text.Of(s.Number), first);
            }
            else
            {
                numbers.Add(s.Number, path);
            }

            if (s.Build(path, roleIds, problems) is { } step)
            {
                steps.Add(step);
            }
        }

        for (var i = 0; i < _steps.Count; i++)
        {
            var path = Text.Index("steps", i);
            var s = _steps[i];
            Target(s.NextStep, path + ".next");
            Target(s.NoStep, path + ".decision.no");
            Target(s.YesStep, path + ".decision.yes");

            void Target(int? target, string at)
            {
                if (target is { } t && !numbers.ContainsKey(t))
                {
                    problems.Error(ProblemCodes.UnknownReference, at, Text.Of(t), "langkah", "step");
                }
            }
        }

        var gaps = new List<SopGap>();
        for (var i = 0; i < _gaps.Count; i++)
        {
            if (problems.Required(_gaps[i].Note, Text.Index("gaps", i) + ".note"))
            {
                gaps.Add(new SopGap(_gaps[i].Steps, _gaps[i].Note));
            }
        }

        if (!problems.HasErrors)
        {
            SopFlowCheck.Check(steps, problems);
        }

        return problems.Result(() => new SopDefinition(_id, _version, _source, _header, roles, steps, gaps, _notes));
    }
}

/// <summary>Assembles one step of an <see cref="SopDefinitionBuilder"/>.</summary>
public sealed class SopStepBuilder
{
    private readonly List<string> _kelengkapan = [];
    private readonly List<string> _output = [];
    private string? _waktu;
    private string? _keterangan;
    private bool _inferred;
    private string? _actorNote;
    private bool _isDecision;
    private string? _question;
    private string _yesLabel = "ya";
    private string _noLabel = "tidak";
    private string? _decisionNote;

    internal SopStepBuilder(int number, string activity, string actor)
    {
        Number = number;
        Activity = activity;
        Actor = actor;
    }

    internal int Number { get; }

    internal string Activity { get; }

    internal string Actor { get; }

    internal int? NextStep { get; private set; }

    internal int? NoStep { get; private set; }

    internal int? YesStep { get; private set; }

    /// <summary>Sets the time standard as printed ("15 Menit", "3 - 5 Hari", "-").</summary>
    /// <param name="waktu">The time standard.</param>
    /// <returns>This builder.</returns>
    public SopStepBuilder WithWaktu(string? waktu)
    {
        _waktu = waktu;
        return this;
    }

    /// <summary>Adds required inputs (kelengkapan).</summary>
    /// <param name="items">The inputs as printed.</param>
    /// <returns>This builder.</returns>
    public SopStepBuilder WithKelengkapan(params string[] items)
    {
        _kelengkapan.AddRange(items ?? []);
        return this;
    }

    /// <summary>Adds outputs.</summary>
    /// <param name="items">The outputs as printed.</param>
    /// <returns>This builder.</returns>
    public SopStepBuilder WithOutput(params string[] items)
    {
        _output.AddRange(items ?? []);
        return this;
    }

    /// <summary>Sets the keterangan.</summary>
    /// <param name="keterangan">The text.</param>
    /// <returns>This builder.</returns>
    public SopStepBuilder WithKeterangan(string? keterangan)
    {
        _keterangan = keterangan;
        return this;
    }

    /// <summary>Marks the actor as inferred (the source does not print it).</summary>
    /// <param name="note">Why this actor.</param>
    /// <returns>This builder.</returns>
    public SopStepBuilder ActorInferred(string? note)
    {
        _inferred = true;
        _actorNote = note;
        return this;
    }

    /// <summary>Adds a note on the actor without marking it inferred (for example when the text names two people).</summary>
    /// <param name="note">The note.</param>
    /// <returns>This builder.</returns>
    public SopStepBuilder WithActorNote(string? note)
    {
        _actorNote = note;
        return this;
    }

    /// <summary>Sends the flow to another step than the following one.</summary>
    /// <param name="step">The step's number.</param>
    /// <returns>This builder.</returns>
    public SopStepBuilder WithNext(int step)
    {
        NextStep = step;
        return this;
    }

    /// <summary>Makes the step a decision that returns work to <paramref name="returnTo"/>.</summary>
    /// <param name="returnTo">The step the work returns to.</param>
    /// <param name="approveTo">Where approval goes, when not the following step.</param>
    /// <returns>This builder.</returns>
    public SopStepBuilder AsDecision(int returnTo, int? approveTo = null)
    {
        _isDecision = true;
        NoStep = returnTo;
        YesStep = approveTo;
        return this;
    }

    /// <summary>Sets the decision's wording.</summary>
    /// <param name="question">The question, if any.</param>
    /// <param name="yesLabel">The approving label (ya, benar, lengkap).</param>
    /// <param name="noLabel">The returning label (tidak, salah, tidak lengkap).</param>
    /// <param name="note">Why the targets were chosen, when inferred.</param>
    /// <returns>This builder.</returns>
    public SopStepBuilder WithDecisionText(string? question, string yesLabel = "ya", string noLabel = "tidak", string? note = null)
    {
        _question = question;
        _yesLabel = yesLabel;
        _noLabel = noLabel;
        _decisionNote = note;
        return this;
    }

    internal SopStep? Build(string path, Dictionary<string, string> roles, Problems problems)
    {
        var errors = problems.List.Count;
        problems.Required(Activity, path + ".activity");
        if (problems.Required(Actor, path + ".actor") && !roles.ContainsKey(Actor))
        {
            problems.Error(ProblemCodes.UnknownReference, path + ".actor", Actor, "peran", "role");
        }

        var waktu = MutuBakuWaktu.Parse(_waktu, path + ".waktu");
        problems.AddRange(waktu.Problems);
        if (problems.List.Count != errors)
        {
            return null;
        }

        var decision = _isDecision ? new SopDecision(_question, _yesLabel, _noLabel, YesStep, NoStep!.Value) : null;
        return new SopStep(Number, Activity, Actor, _inferred, _actorNote, _kelengkapan.ToArray(), waktu.Value, _output.ToArray(), _keterangan, decision, _decisionNote, NextStep);
    }
}
