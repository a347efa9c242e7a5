namespace Kinerja.Core.Sop;

/// <summary>
/// An SOP definition: id and version, the standard header, the roles (columns), the sections, the
/// steps in printed order and the gaps recorded from the source. Immutable and validated: every actor
/// is a declared role, every reference names a step, every step is reachable and can reach the end,
/// parallel branches meet at a join. A running instance keeps the version it started with. Build one
/// with <see cref="CreateBuilder"/>, load one from JSON (<c>Serialization.KinerjaJson</c>) or take a
/// built-in template (<c>BuiltIn.SopTemplates</c>). See <c>docs/sop.md</c>.
/// </summary>
public sealed class SopDefinition
{
    private static readonly int[] NoSteps = [];
    private readonly Dictionary<string, int> _indexOf;
    private readonly Dictionary<string, SopRole> _roles;

    internal SopDefinition(string id, int version, string? source, SopHeader header, IReadOnlyList<SopRole> roles, IReadOnlyList<SopSection> sections, IReadOnlyList<SopStep> steps, IReadOnlyList<SopGap> gaps, SopGapPolicy gapPolicy, string? notes)
    {
        Id = id;
        Version = version;
        Source = source;
        Header = header;
        Roles = roles;
        Sections = sections;
        Steps = steps;
        Gaps = gaps;
        GapPolicy = gapPolicy;
        Notes = notes;
        _indexOf = steps.ToDictionary(s => s.Key, s => s.Position, StringComparer.Ordinal);
        _roles = roles.ToDictionary(r => r.Id, StringComparer.Ordinal);
        Graph = new SopGraph(this);
    }

    /// <summary>The definition's id, such as <c>bobotsari-laporan-pengukuran-pk</c>.</summary>
    public string Id { get; }

    /// <summary>The version; a new version is a new definition, and running instances keep theirs.</summary>
    public int Version { get; }

    /// <summary>Where the definition comes from (a seed document, an office's decree), if noted.</summary>
    public string? Source { get; }

    /// <summary>The standard header.</summary>
    public SopHeader Header { get; }

    /// <summary>The roles, in column order.</summary>
    public IReadOnlyList<SopRole> Roles { get; }

    /// <summary>The sections, in printed order; empty when the SOP has none.</summary>
    public IReadOnlyList<SopSection> Sections { get; }

    /// <summary>The steps, in printed order (<see cref="SopStep.Position"/> is the index).</summary>
    public IReadOnlyList<SopStep> Steps { get; }

    /// <summary>Gaps recorded from the source.</summary>
    public IReadOnlyList<SopGap> Gaps { get; }

    /// <summary>What an instance does when its flow reaches a recorded gap.</summary>
    public SopGapPolicy GapPolicy { get; }

    /// <summary>Further notes on the source, if any.</summary>
    public string? Notes { get; }

    /// <summary>The first step.</summary>
    public SopStep FirstStep => Steps[0];

    internal SopGraph Graph { get; }

    /// <summary>Starts building a definition.</summary>
    /// <param name="id">The definition's id.</param>
    /// <param name="version">The version, 1 or more.</param>
    /// <returns>A builder.</returns>
    public static SopDefinitionBuilder CreateBuilder(string id, int version = 1) => new(id, version);

    /// <summary>Finds a step by its key (its id, or <c>section/id</c> within a section).</summary>
    /// <param name="key">The step's key.</param>
    /// <returns>The step, or <see langword="null"/> when there is none.</returns>
    public SopStep? FindStep(string key) => key is not null && _indexOf.TryGetValue(key, out var i) ? Steps[i] : null;

    /// <summary>Finds a role by its id.</summary>
    /// <param name="id">The role's id.</param>
    /// <returns>The role, or <see langword="null"/>.</returns>
    public SopRole? FindRole(string id) => id is not null && _roles.TryGetValue(id, out var r) ? r : null;

    /// <summary>The steps that open when a process step closes or a decision approves: the step it names, the steps it
    /// opens at once (parallel work), or the following one.</summary>
    /// <param name="step">The step.</param>
    /// <returns>The next steps; empty when <paramref name="step"/> ends the SOP (or its branch).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="step"/> is null.</exception>
    public IReadOnlyList<SopStep> NextSteps(SopStep step)
    {
        if (step is null)
        {
            throw new ArgumentNullException(nameof(step));
        }

        return Graph.Forward[step.Position].Select(i => Steps[i]).ToArray();
    }

    /// <summary>The definition's id, version and name.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Id + " v" + Version.ToString(System.Globalization.CultureInfo.InvariantCulture) + ": " + Header.Nama;

    internal int IndexOf(string key) => _indexOf.TryGetValue(key, out var i) ? i : -1;

    /// <summary>The flow as arrays of step positions, computed once: what the engine, the check and the pictures walk.</summary>
    internal sealed class SopGraph
    {
        public SopGraph(SopDefinition d)
        {
            var n = d.Steps.Count;
            Forward = new int[n][];
            ReturnTo = new int[n];
            ActorMask = new uint[n];
            GapsAt = new int[n][];
            GapsAfter = new int[n][];

            // Gaps indexed by the step keys they name, once (not scanned per step: quadratic on a large definition).
            var gapsAt = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            var gapsAfter = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            for (var g = 0; g < d.Gaps.Count; g++)
            {
                var gap = d.Gaps[g];
                if (gap.After is null)
                {
                    foreach (var key in gap.Steps)
                    {
                        Index(gapsAt, key, g);
                    }
                }
                else
                {
                    Index(gapsAfter, gap.After, g);
                }
            }

            for (var i = 0; i < n; i++)
            {
                var s = d.Steps[i];
                Forward[i] = s.Split.Count > 0 ? [.. s.Split.Select(d.IndexOf)]
                    : (s.Decision?.YesStep ?? s.Next) is { } target ? [d.IndexOf(target)]
                    : i + 1 < n ? [i + 1]
                    : NoSteps;
                ReturnTo[i] = s.Decision?.NoStep is { } no ? d.IndexOf(no) : -1;
                ActorMask[i] = s.Actors.Count >= SopStep.MaxActors ? uint.MaxValue : (1u << s.Actors.Count) - 1;
                GapsAt[i] = gapsAt.TryGetValue(s.Key, out var at) ? [.. at] : NoSteps;
                GapsAfter[i] = gapsAfter.TryGetValue(s.Key, out var after) ? [.. after] : NoSteps;
            }

            // For each join, the steps from which a branch can still arrive at it (forward edges, not through it).
            Reaches = new bool[n][];
            var backward = Enumerable.Range(0, n).Select(_ => new List<int>()).ToArray();
            for (var i = 0; i < n; i++)
            {
                foreach (var f in Forward[i])
                {
                    backward[f].Add(i);
                }
            }

            for (var j = 0; j < n; j++)
            {
                if (!d.Steps[j].IsJoin)
                {
                    continue;
                }

                var reach = new bool[n];
                var stack = new Stack<int>(backward[j]);
                while (stack.Count > 0)
                {
                    var k = stack.Pop();
                    if (k == j || reach[k])
                    {
                        continue;
                    }

                    reach[k] = true;
                    foreach (var p in backward[k])
                    {
                        stack.Push(p);
                    }
                }

                Reaches[j] = reach;
            }
        }

        private static void Index(Dictionary<string, List<int>> index, string key, int gap)
        {
            if (!index.TryGetValue(key, out var gaps))
            {
                index.Add(key, gaps = []);
            }

            // A gap that names one step twice still counts once, as before (gaps come in order).
            if (gaps.Count == 0 || gaps[^1] != gap)
            {
                gaps.Add(gap);
            }
        }

        /// <summary>Per step, the positions that open when it closes forward (empty: it ends the SOP or its branch).</summary>
        public int[][] Forward { get; }

        /// <summary>Per decision, the position a return goes to; -1 when it returns to a role, or for a process step.</summary>
        public int[] ReturnTo { get; }

        /// <summary>Whether the flow forward from one step (next, approvals, parallel branches) reaches another.</summary>
        public bool Leads(int from, int to)
        {
            var seen = new bool[Forward.Length];
            var stack = new Stack<int>();
            stack.Push(from);
            while (stack.Count > 0)
            {
                var k = stack.Pop();
                if (k == to)
                {
                    return true;
                }

                if (seen[k])
                {
                    continue;
                }

                seen[k] = true;
                foreach (var f in Forward[k])
                {
                    stack.Push(f);
                }
            }

            return false;
        }

        /// <summary>Per step, one bit per actor.</summary>
        public uint[] ActorMask { get; }

        /// <summary>Per join, which steps can still reach it; null for a step that is not a join.</summary>
        public bool[]?[] Reaches { get; }

        /// <summary>Per step, the gaps that name it.</summary>
        public int[][] GapsAt { get; }

        /// <summary>Per step, the gaps of missing steps that would follow it.</summary>
        public int[][] GapsAfter { get; }
    }
}
