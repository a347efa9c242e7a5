using Kinerja.Core.Calendar;
using Kinerja.Core.Internal;
using Kinerja.Core.Validation;

namespace Kinerja.Core.Sop;

/// <summary>
/// Assembles an <see cref="SopDefinition"/> fluently. Everything is accepted as given;
/// <see cref="Build"/> validates it all at once, naming each offending step: an unknown role (with the
/// nearest names), a reference to a missing step, a step no path reaches, a loop with no way out (named
/// once, at the property that closes it), duplicate ids within a section, a return that does not go
/// back, parallel branches that meet at a step not marked as a join, and a time standard that cannot be read.
/// Steps are named by their id as printed; a section's steps may restart their numbering.
/// </summary>
public sealed class SopDefinitionBuilder
{
    private readonly string _id;
    private readonly int _version;
    private readonly List<(string Id, string Name, string[] Aliases)> _roles = [];
    private readonly List<(string Id, string Name)> _sections = [];
    private readonly List<SopStepBuilder> _steps = [];
    private readonly List<(string[] Steps, string Note, string? After, string? NoteIndonesian)> _gaps = [];
    private SopHeader _header = new();
    private string? _source;
    private string? _notes;
    private string? _section;
    private SopGapPolicy _gapPolicy;

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

    /// <summary>Sets what an instance does when its flow reaches a recorded gap; default <see cref="SopGapPolicy.Record"/>.</summary>
    /// <param name="policy">The policy.</param>
    /// <returns>This builder.</returns>
    public SopDefinitionBuilder WithGapPolicy(SopGapPolicy policy)
    {
        _gapPolicy = policy;
        return this;
    }

    /// <summary>Adds a role (a column of the SOP table).</summary>
    /// <param name="id">The role's id.</param>
    /// <param name="name">The role's name as printed.</param>
    /// <param name="aliases">Other names of the role, by which steps may name it. They only help read the
    /// definition: a person is granted a role by the office roster alone.</param>
    /// <returns>This builder.</returns>
    public SopDefinitionBuilder AddRole(string id, string name, params string[] aliases)
    {
        _roles.Add((id, name, aliases ?? []));
        return this;
    }

    /// <summary>Starts a section: the steps added after it belong to it, and may number themselves from 1 again.</summary>
    /// <param name="id">The section's id (short, such as <c>A</c>), used to name its steps from elsewhere as <c>A/3</c>.</param>
    /// <param name="name">The section's name as printed.</param>
    /// <returns>This builder.</returns>
    public SopDefinitionBuilder AddSection(string id, string name)
    {
        _sections.Add((id, name));
        _section = id;
        return this;
    }

    /// <summary>Adds a process step done by one role.</summary>
    /// <param name="id">The step's id as printed ("3", "3a").</param>
    /// <param name="activity">The activity as printed.</param>
    /// <param name="actor">The role that does it: its id, name or one of its aliases.</param>
    /// <param name="configure">Sets the mutu baku and the rest, if needed.</param>
    /// <returns>This builder.</returns>
    public SopDefinitionBuilder AddStep(string id, string activity, string actor, Action<SopStepBuilder>? configure = null) =>
        Add(new SopStepBuilder(id, _section, activity, [actor], SopCompletion.All), configure);

    /// <summary>Adds a process step done by each of several roles at once ("data dari masing-masing seksi"): it closes when every one has acted.</summary>
    /// <param name="id">The step's id as printed.</param>
    /// <param name="activity">The activity as printed.</param>
    /// <param name="actors">The roles, two or more (ids, names or aliases).</param>
    /// <param name="configure">Sets the mutu baku and the rest, if needed.</param>
    /// <returns>This builder.</returns>
    public SopDefinitionBuilder AddStepByEach(string id, string activity, IEnumerable<string> actors, Action<SopStepBuilder>? configure = null) =>
        Add(new SopStepBuilder(id, _section, activity, [.. actors ?? []], SopCompletion.All), configure);

    /// <summary>Adds a process step that any one of several roles may do: it closes when one has acted.</summary>
    /// <param name="id">The step's id as printed.</param>
    /// <param name="activity">The activity as printed.</param>
    /// <param name="actors">The roles, two or more (ids, names or aliases).</param>
    /// <param name="configure">Sets the mutu baku and the rest, if needed.</param>
    /// <returns>This builder.</returns>
    public SopDefinitionBuilder AddStepByAny(string id, string activity, IEnumerable<string> actors, Action<SopStepBuilder>? configure = null) =>
        Add(new SopStepBuilder(id, _section, activity, [.. actors ?? []], SopCompletion.Any), configure);

    /// <summary>Adds a decision step: approving goes on, returning sends the work back to the step <paramref name="returnTo"/>.</summary>
    /// <param name="id">The step's id as printed.</param>
    /// <param name="activity">The activity as printed.</param>
    /// <param name="actor">The role that decides.</param>
    /// <param name="returnTo">The id of the earlier step the work returns to for correction.</param>
    /// <param name="configure">Sets the mutu baku, labels and the rest, if needed.</param>
    /// <returns>This builder.</returns>
    public SopDefinitionBuilder AddDecision(string id, string activity, string actor, string returnTo, Action<SopStepBuilder>? configure = null) =>
        Add(new SopStepBuilder(id, _section, activity, [actor], SopCompletion.All).AsDecision(returnTo), configure);

    /// <summary>Adds a decision step whose return goes to a person, not a step ("bila tidak setuju, dikembalikan kepada Kasi"):
    /// the latest step that role did opens again.</summary>
    /// <param name="id">The step's id as printed.</param>
    /// <param name="activity">The activity as printed.</param>
    /// <param name="actor">The role that decides.</param>
    /// <param name="returnToRole">The role the work returns to; an earlier step must be done by it.</param>
    /// <param name="configure">Sets the mutu baku, labels and the rest, if needed.</param>
    /// <returns>This builder.</returns>
    public SopDefinitionBuilder AddDecisionReturningToRole(string id, string activity, string actor, string returnToRole, Action<SopStepBuilder>? configure = null) =>
        Add(new SopStepBuilder(id, _section, activity, [actor], SopCompletion.All).AsDecisionReturningToRole(returnToRole), configure);

    /// <summary>Records a gap in the source (missing or duplicated steps, lost text).</summary>
    /// <param name="steps">The steps concerned: ids of printed steps, or of steps missing from the source.</param>
    /// <param name="note">What is missing or wrong.</param>
    /// <param name="after">For steps missing from the source, the printed step they would follow.</param>
    /// <param name="noteIndonesian">The note in Indonesian, when <paramref name="note"/> is written in another language
    /// (the built-in templates record theirs in English and give both); see <see cref="SopGap.GetNote"/>.</param>
    /// <returns>This builder.</returns>
    public SopDefinitionBuilder AddGap(IEnumerable<string> steps, string note, string? after = null, string? noteIndonesian = null)
    {
        _gaps.Add(((steps ?? []).ToArray(), note, after, noteIndonesian));
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
        var roles = BuildRoles(problems, out var names);
        var sections = BuildSections(problems);

        if (_steps.Count == 0)
        {
            problems.Error(ProblemCodes.Empty, "steps", null, "langkah", "step");
        }

        // Keys first, so that references can be resolved whatever their order.
        var keys = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < _steps.Count; i++)
        {
            var path = Text.Index("steps", i);
            var s = _steps[i];
            if (!problems.Required(s.Id, path + ".id"))
            {
                continue;
            }

            if (s.Id.Contains("/"))
            {
                problems.Error(ProblemCodes.SopDefinitionInvalid, path + ".id", s.Id, "nomor langkah tidak boleh memuat '/'", "a step id must not contain '/'");
                continue;
            }

            if (s.Section is { } sec && !sections.ContainsKey(sec))
            {
                problems.Error(ProblemCodes.UnknownReference, path + ".section", sec, "bagian", "section");
                continue;
            }

            var key = s.Section is null ? s.Id : s.Section + "/" + s.Id;
            if (keys.TryGetValue(key, out var first))
            {
                problems.Error(ProblemCodes.Duplicate, path + ".id", s.Id, Text.Index("steps", first));
            }
            else
            {
                keys.Add(key, i);
            }
        }

        var resolver = new References(keys, _steps);
        var steps = new List<SopStep>();
        for (var i = 0; i < _steps.Count; i++)
        {
            if (_steps[i].Build(Text.Index("steps", i), i, steps.Count, sections, names, resolver, problems) is { } step)
            {
                steps.Add(step);
            }
        }

        var gaps = BuildGaps(resolver, problems);
        if (!problems.HasErrors)
        {
            SopFlowCheck.Check(steps, problems);
        }

        return problems.Result(() => new SopDefinition(_id, _version, _source, _header, roles, sections.Values.ToArray(), steps, gaps, _gapPolicy, _notes));
    }

    private SopDefinitionBuilder Add(SopStepBuilder step, Action<SopStepBuilder>? configure)
    {
        configure?.Invoke(step);
        _steps.Add(step);
        return this;
    }

    private List<SopRole> BuildRoles(Problems problems, out RoleNameIndex names)
    {
        names = new RoleNameIndex();
        var roles = new List<SopRole>();
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < _roles.Count; i++)
        {
            var (id, name, aliases) = _roles[i];
            var path = Text.Index("roles", i);
            var ok = problems.Required(id, path + ".id") & problems.Required(name, path + ".name");
            if (ok && ids.TryGetValue(id, out var first))
            {
                problems.Error(ProblemCodes.Duplicate, path + ".id", id, first);
                ok = false;
            }

            if (!ok)
            {
                continue;
            }

            ids.Add(id, path + ".id");
            var role = new SopRole(id, name, aliases.Where(a => !string.IsNullOrWhiteSpace(a)).ToArray());
            roles.Add(role);
            names.Add(role, path, problems);
        }

        return roles;
    }

    private Dictionary<string, SopSection> BuildSections(Problems problems)
    {
        var sections = new Dictionary<string, SopSection>(StringComparer.Ordinal);
        for (var i = 0; i < _sections.Count; i++)
        {
            var (id, name) = _sections[i];
            var path = Text.Index("sections", i);
            if (!(problems.Required(id, path + ".id") & problems.Required(name, path + ".name")))
            {
                continue;
            }

            if (id.Contains("/"))
            {
                problems.Error(ProblemCodes.SopDefinitionInvalid, path + ".id", id, "kode bagian tidak boleh memuat '/'", "a section id must not contain '/'");
            }
            else if (sections.ContainsKey(id))
            {
                problems.Error(ProblemCodes.Duplicate, path + ".id", id, "sections");
            }
            else
            {
                sections.Add(id, new SopSection(id, name));
            }
        }

        return sections;
    }

    private List<SopGap> BuildGaps(References resolver, Problems problems)
    {
        var gaps = new List<SopGap>();
        for (var i = 0; i < _gaps.Count; i++)
        {
            var path = Text.Index("gaps", i);
            var (steps, note, after, noteIndonesian) = _gaps[i];
            var ok = problems.Required(note, path + ".note");
            var named = new List<string>();
            var missing = false;
            for (var k = 0; k < steps.Length; k++)
            {
                if (!problems.Required(steps[k], Text.Index(path + ".steps", k)))
                {
                    ok = false;
                    continue;
                }

                // A printed step is named by its key; a missing one is kept as written.
                var key = resolver.Resolve(steps[k], null);
                missing |= key is null;
                named.Add(key ?? steps[k]);
            }

            string? afterKey = null;
            if (after is not null)
            {
                afterKey = resolver.Resolve(after, null);
                if (afterKey is null)
                {
                    problems.Error(ProblemCodes.UnknownReference, path + ".after", after, "langkah", "step");
                    ok = false;
                }
            }
            else if (missing)
            {
                problems.Error(ProblemCodes.SopDefinitionInvalid, path + ".after", null, "celah ini menyebut langkah yang tidak tercetak; isi 'after' dengan langkah tercetak yang mendahuluinya", "this gap names steps that are not printed; set 'after' to the printed step they would follow");
                ok = false;
            }

            if (ok)
            {
                gaps.Add(new SopGap(named, note, afterKey, string.IsNullOrWhiteSpace(noteIndonesian) ? null : noteIndonesian));
            }
        }

        return gaps;
    }

    /// <summary>Resolves a step reference as written: within the referring step's section first, then as a key of the whole SOP.</summary>
    internal sealed class References
    {
        private readonly Dictionary<string, int> _keys;
        private readonly List<SopStepBuilder> _steps;

        public References(Dictionary<string, int> keys, List<SopStepBuilder> steps)
        {
            _keys = keys;
            _steps = steps;
        }

        public string? Resolve(string reference, string? section)
        {
            if (string.IsNullOrWhiteSpace(reference))
            {
                return null;
            }

            var trimmed = reference.Trim();
            if (section is not null && _keys.ContainsKey(section + "/" + trimmed))
            {
                return section + "/" + trimmed;
            }

            return _keys.ContainsKey(trimmed) ? trimmed : null;
        }

        public int PositionOf(string key) => _keys[key];

        public SopStepBuilder StepAt(int index) => _steps[index];
    }
}

/// <summary>Role names, ids and aliases of a definition, normalized, each naming exactly one role.</summary>
internal sealed class RoleNameIndex
{
    private readonly Dictionary<string, SopRole> _byName = new(StringComparer.Ordinal);
    private readonly List<SopRole> _roles = [];

    public void Add(SopRole role, string path, Problems problems)
    {
        _roles.Add(role);
        foreach (var name in role.NormalizedNames)
        {
            if (_byName.TryGetValue(name, out var other) && !ReferenceEquals(other, role))
            {
                problems.Error(ProblemCodes.SopRoleNameShared, path, name, other.Id, role.Id);
            }
            else
            {
                _byName[name] = role;
            }
        }
    }

    /// <summary>The role an actor names by id, name or alias, or null with a problem that lists the nearest names.</summary>
    public SopRole? Resolve(string actor, string path, Problems problems)
    {
        if (_byName.TryGetValue(RoleNames.Normalize(actor), out var role))
        {
            return role;
        }

        var wanted = RoleNames.Normalize(actor);
        // The three roles whose id, name or an alias is nearest in edit distance, each shown once as "name (id)".
        var nearest = _roles
            .Select(r => (Role: r, Distance: r.NormalizedNames.Min(n => RoleNames.Distance(wanted, n))))
            .OrderBy(x => x.Distance)
            .ThenBy(x => x.Role.Id, StringComparer.Ordinal)
            .Take(3)
            .Select(x => x.Role.Name + " (" + x.Role.Id + ")")
            .ToArray();
        problems.Error(ProblemCodes.SopUnknownRole, path, actor, nearest.Length == 0 ? "-" : string.Join(", ", nearest));
        return null;
    }
}

/// <summary>Assembles one step of an <see cref="SopDefinitionBuilder"/>.</summary>
public sealed class SopStepBuilder
{
    private readonly List<string> _kelengkapan = [];
    private readonly List<string> _output = [];
    private readonly string[] _actors;
    private readonly SopCompletion _completion;
    private readonly List<string> _split = [];
    private string? _waktu;
    private string? _keterangan;
    private bool _inferred;
    private string? _actorNote;
    private bool _isDecision;
    private string? _question;
    private string _yesLabel = "ya";
    private string _noLabel = "tidak";
    private string? _decisionNote;
    private string? _next;
    private string? _noStep;
    private string? _noRole;
    private string? _yesStep;
    private bool _returnAnywhere;
    private bool _join;
    private string? _instructedBy;

    internal SopStepBuilder(string id, string? section, string activity, string[] actors, SopCompletion completion)
    {
        Id = id;
        Section = section;
        Activity = activity;
        _actors = actors;
        _completion = completion;
    }

    internal string Id { get; }

    internal string? Section { get; }

    internal string Activity { get; }

    /// <summary>Sets the time standard as printed ("15 Menit", "3 - 5 Hari", "Disesuaikan dengan arahan pimpinan", "-").</summary>
    /// <param name="waktu">The time standard.</param>
    /// <returns>This builder.</returns>
    public SopStepBuilder WithWaktu(string? waktu)
    {
        _waktu = waktu;
        return this;
    }

    /// <summary>For a time standard set by instruction, the role that gives it (by default the role that opened the step).</summary>
    /// <param name="role">The role: id, name or alias.</param>
    /// <returns>This builder.</returns>
    public SopStepBuilder InstructedBy(string? role)
    {
        _instructedBy = role;
        return this;
    }

    /// <summary>Adds required inputs (kelengkapan), one per document.</summary>
    /// <param name="items">The inputs as printed.</param>
    /// <returns>This builder.</returns>
    public SopStepBuilder WithKelengkapan(params string[] items)
    {
        _kelengkapan.AddRange(items ?? []);
        return this;
    }

    /// <summary>Adds outputs, one per document.</summary>
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
    /// <param name="step">The step's id (within this section) or key (<c>B/3</c>).</param>
    /// <returns>This builder.</returns>
    public SopStepBuilder WithNext(string step)
    {
        _next = step;
        return this;
    }

    /// <summary>Opens several steps at once when this one closes (parallel work); each branch runs on its own until a join.</summary>
    /// <param name="steps">Two or more steps, by id or key.</param>
    /// <returns>This builder.</returns>
    public SopStepBuilder SplitTo(params string[] steps)
    {
        _split.AddRange(steps ?? []);
        return this;
    }

    /// <summary>Marks the step as a join: it opens only when every parallel branch still on its way to it has arrived.</summary>
    /// <returns>This builder.</returns>
    public SopStepBuilder AsJoin()
    {
        _join = true;
        return this;
    }

    /// <summary>Makes the step a decision that returns work to the step <paramref name="returnTo"/>.</summary>
    /// <param name="returnTo">The step the work returns to, by id or key.</param>
    /// <param name="approveTo">Where approval goes, when not the following step.</param>
    /// <returns>This builder.</returns>
    public SopStepBuilder AsDecision(string returnTo, string? approveTo = null)
    {
        _isDecision = true;
        _noStep = returnTo;
        _noRole = null;
        _yesStep = approveTo;
        return this;
    }

    /// <summary>Makes the step a decision that returns work to a role: the latest step that role did opens again.</summary>
    /// <param name="role">The role, by id, name or alias.</param>
    /// <param name="approveTo">Where approval goes, when not the following step.</param>
    /// <returns>This builder.</returns>
    public SopStepBuilder AsDecisionReturningToRole(string role, string? approveTo = null)
    {
        _isDecision = true;
        _noRole = role;
        _noStep = null;
        _yesStep = approveTo;
        return this;
    }

    /// <summary>Says explicitly that the decision's return may go to the decision itself or to a later step (otherwise a definition problem).</summary>
    /// <returns>This builder.</returns>
    public SopStepBuilder AllowReturnAnywhere()
    {
        _returnAnywhere = true;
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

    internal SopStep? Build(string path, int index, int position, Dictionary<string, SopSection> sections, RoleNameIndex roles, SopDefinitionBuilder.References steps, Problems problems)
    {
        var errors = problems.List.Count;
        problems.Required(Activity, path + ".activity");
        var actors = new List<string>();
        var single = _actors.Length == 1;
        if (_actors.Length == 0)
        {
            problems.Error(ProblemCodes.Required, path + ".actors", null);
        }

        for (var a = 0; a < _actors.Length; a++)
        {
            var at = single ? path + ".actor" : Text.Index(path + ".actors", a);
            if (problems.Required(_actors[a], at) && roles.Resolve(_actors[a], at, problems) is { } role)
            {
                if (actors.Contains(role.Id))
                {
                    problems.Error(ProblemCodes.Duplicate, at, _actors[a], role.Id);
                }
                else
                {
                    actors.Add(role.Id);
                }
            }
        }

        if (_actors.Length > SopStep.MaxActors)
        {
            // The engine keeps who is still to act on a step in one 32-bit mask: a 33rd role would never be asked.
            problems.Error(ProblemCodes.SopDefinitionInvalid, path + ".actors", _actors.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), $"satu langkah dikerjakan oleh paling banyak {SopStep.MaxActors} peran", $"a step is done by at most {SopStep.MaxActors} roles");
        }

        if (_actors.Length == 1 && _completion == SopCompletion.Any)
        {
            problems.Error(ProblemCodes.SopDefinitionInvalid, path + ".actors", _actors[0], "langkah oleh salah satu pelaksana memerlukan paling sedikit dua peran", "a step done by any one of several roles needs at least two roles");
        }

        if (_isDecision && _actors.Length > 1)
        {
            problems.Error(ProblemCodes.SopDefinitionInvalid, path + ".actors", string.Join(", ", _actors), "langkah keputusan diputuskan oleh satu peran", "a decision is made by one role");
        }

        var waktu = MutuBakuWaktu.Read(_waktu, path + ".waktu");
        problems.AddRange(waktu.Problems);
        string? instructedBy = null;
        if (_instructedBy is not null && roles.Resolve(_instructedBy, path + ".instructedBy", problems) is { } giver)
        {
            instructedBy = giver.Id;
            if (waktu.IsValid && !waktu.Value.IsByInstruction)
            {
                problems.Error(ProblemCodes.SopDefinitionInvalid, path + ".instructedBy", _instructedBy, "hanya langkah yang waktunya 'disesuaikan dengan arahan pimpinan' yang diberi arahan", "only a step whose time standard is set by instruction takes an instruction");
            }
        }

        var next = Reference(_next, path + ".next", steps, problems);
        var split = new List<string>();
        for (var k = 0; k < _split.Count; k++)
        {
            if (Reference(_split[k], Text.Index(path + ".split", k), steps, problems) is { } target)
            {
                if (split.Contains(target))
                {
                    problems.Error(ProblemCodes.Duplicate, Text.Index(path + ".split", k), _split[k], path + ".split");
                }
                else
                {
                    split.Add(target);
                }
            }
        }

        if (_split.Count == 1)
        {
            problems.Error(ProblemCodes.SopDefinitionInvalid, path + ".split", _split[0], "kerja paralel memerlukan paling sedikit dua langkah", "parallel work needs at least two steps");
        }

        if (_split.Count > 0 && (_next is not null || _isDecision))
        {
            problems.Error(ProblemCodes.SopDefinitionInvalid, path + ".split", string.Join(", ", _split), "langkah yang membuka kerja paralel tidak boleh juga punya 'next' atau keputusan", "a step that opens parallel work cannot also have 'next' or a decision");
        }

        if (_isDecision && _yesStep is not null && _next is not null)
        {
            // Two places for one flow: which one the author meant cannot be told, so neither is taken silently.
            problems.Error(ProblemCodes.SopDefinitionInvalid, path + ".next", _next, "keputusan yang sudah punya langkah tujuan bila disetujui ('decision.yes') tidak boleh juga punya 'next'", "a decision with a step to go to on approval ('decision.yes') cannot also have 'next'");
        }

        SopDecision? decision = null;
        if (_isDecision)
        {
            var yes = Reference(_yesStep, path + ".decision.yes", steps, problems);
            string? no = null;
            string? noRole = null;
            if (_noRole is not null)
            {
                if (roles.Resolve(_noRole, path + ".decision.noRole", problems) is { } back)
                {
                    noRole = back.Id;
                    if (!EarlierStepOf(back.Id, index, steps, roles))
                    {
                        problems.Error(ProblemCodes.SopReturnRoleNotBefore, path + ".decision.noRole", _noRole, Key());
                    }
                }
            }
            else if (problems.Required(_noStep, path + ".decision.no"))
            {
                no = Reference(_noStep, path + ".decision.no", steps, problems);
                if (no is not null && steps.PositionOf(no) >= index && !_returnAnywhere)
                {
                    problems.Error(ProblemCodes.SopReturnNotBack, path + ".decision.no", _noStep, Key());
                }
            }

            decision = new SopDecision(_question, _yesLabel, _noLabel, yes, no, noRole, _returnAnywhere);
        }

        // A step of a refused section was named when the keys were read; it is not built.
        SopSection? section = null;
        if (problems.List.Count != errors || (Section is not null && !sections.TryGetValue(Section, out section)))
        {
            return null;
        }

        return new SopStep(Id, section, position, Activity, actors.ToArray(), _completion, _inferred, _actorNote, _kelengkapan.ToArray(), waktu.Value, instructedBy, _output.ToArray(), _keterangan, decision, _decisionNote, next, split.ToArray(), _join);
    }

    private string Key() => Section is null ? Id : Section + "/" + Id;

    private string? Reference(string? reference, string path, SopDefinitionBuilder.References steps, Problems problems)
    {
        if (reference is null)
        {
            return null;
        }

        var key = steps.Resolve(reference, Section);
        if (key is null)
        {
            problems.Error(ProblemCodes.UnknownReference, path, reference, "langkah", "step");
        }

        return key;
    }

    private static bool EarlierStepOf(string roleId, int index, SopDefinitionBuilder.References steps, RoleNameIndex roles)
    {
        var quiet = new Problems();
        for (var i = 0; i < index; i++)
        {
            foreach (var actor in steps.StepAt(i)._actors)
            {
                if (!string.IsNullOrWhiteSpace(actor) && roles.Resolve(actor, string.Empty, quiet)?.Id == roleId)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
