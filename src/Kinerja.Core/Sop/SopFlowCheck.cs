using Kinerja.Core.Internal;
using Kinerja.Core.Validation;

namespace Kinerja.Core.Sop;

/// <summary>
/// Checks the flow graph of a definition: every step reachable from the first; every step able to reach
/// the end, a loop with no way out named once, at the property that closes it; parallel branches meeting
/// at a step marked as a join.
/// </summary>
internal static class SopFlowCheck
{
    public static void Check(IReadOnlyList<SopStep> steps, Problems problems)
    {
        var n = steps.Count;
        var index = steps.ToDictionary(s => s.Key, s => s.Position, StringComparer.Ordinal);
        var edges = new List<(int To, string Property)>[n];
        var ends = new bool[n];
        for (var i = 0; i < n; i++)
        {
            var s = steps[i];
            var list = edges[i] = [];
            if (s.Split.Count > 0)
            {
                for (var k = 0; k < s.Split.Count; k++)
                {
                    list.Add((index[s.Split[k]], Text.Index(".split", k)));
                }
            }
            else if (s.Decision?.YesStep is { } yes)
            {
                list.Add((index[yes], ".decision.yes"));
            }
            else if (s.Next is { } next)
            {
                list.Add((index[next], ".next"));
            }
            else if (i + 1 < n)
            {
                list.Add((i + 1, string.Empty));
            }
            else
            {
                ends[i] = true;
            }

            if (s.Decision?.NoStep is { } no)
            {
                list.Add((index[no], ".decision.no"));
            }
            else if (s.Decision?.NoRole is { } role)
            {
                for (var k = 0; k < i; k++)
                {
                    if (steps[k].Actors.Contains(role))
                    {
                        list.Add((k, ".decision.noRole"));
                    }
                }
            }
        }

        var reached = Reach(n, edges);
        var canEnd = (bool[])ends.Clone();
        bool changed;
        do
        {
            changed = false;
            for (var i = 0; i < n; i++)
            {
                if (!canEnd[i] && edges[i].Exists(e => canEnd[e.To]))
                {
                    canEnd[i] = true;
                    changed = true;
                }
            }
        }
        while (changed);

        for (var i = 0; i < n; i++)
        {
            if (!reached[i])
            {
                problems.Error(ProblemCodes.SopUnreachable, Text.Index("steps", i), steps[i].Key);
            }
        }

        ReportLoops(steps, edges, reached, canEnd, problems);
        CheckJoins(steps, edges, problems);
    }

    private static bool[] Reach(int n, List<(int To, string Property)>[] edges)
    {
        var reached = new bool[n];
        var stack = new Stack<int>();
        stack.Push(0);
        reached[0] = true;
        while (stack.Count > 0)
        {
            foreach (var (to, _) in edges[stack.Pop()])
            {
                if (!reached[to])
                {
                    reached[to] = true;
                    stack.Push(to);
                }
            }
        }

        return reached;
    }

    /// <summary>Every reachable step that cannot end lies in or before a closed loop; each closed loop is named once.</summary>
    private static void ReportLoops(IReadOnlyList<SopStep> steps, List<(int To, string Property)>[] edges, bool[] reached, bool[] canEnd, Problems problems)
    {
        var n = steps.Count;
        var component = StronglyConnected(n, edges);
        var reported = new HashSet<int>();
        for (var i = 0; i < n; i++)
        {
            var c = component[i];
            if (!reached[i] || canEnd[i] || reported.Contains(c))
            {
                continue;
            }

            // A closed loop: no edge leaves its component.
            var members = Enumerable.Range(0, n).Where(k => component[k] == c).ToArray();
            if (members.Any(k => edges[k].Exists(e => component[e.To] != c)))
            {
                continue;
            }

            reported.Add(c);
            var (from, edge) = members
                .SelectMany(k => edges[k].Where(e => component[e.To] == c && e.To <= k).Select(e => (From: k, Edge: e)))
                .OrderByDescending(x => x.From)
                .FirstOrDefault();
            var loop = string.Join(", ", members.Select(k => steps[k].Key));
            problems.Error(ProblemCodes.SopNoWayOut, Text.Index("steps", from) + edge.Property, steps[edge.To].Key, loop);
        }
    }

    private static int[] StronglyConnected(int n, List<(int To, string Property)>[] edges)
    {
        // Tarjan's algorithm, iterative.
        var index = new int[n];
        var low = new int[n];
        var component = new int[n];
        var onStack = new bool[n];
        var stack = new Stack<int>();
        var counter = 1;
        var components = 0;
        for (var root = 0; root < n; root++)
        {
            if (index[root] != 0)
            {
                continue;
            }

            var work = new Stack<(int Node, int Edge)>();
            work.Push((root, 0));
            while (work.Count > 0)
            {
                var (v, e) = work.Pop();
                if (e == 0)
                {
                    index[v] = low[v] = counter++;
                    stack.Push(v);
                    onStack[v] = true;
                }

                if (e < edges[v].Count)
                {
                    work.Push((v, e + 1));
                    var w = edges[v][e].To;
                    if (index[w] == 0)
                    {
                        work.Push((w, 0));
                    }
                    else if (onStack[w])
                    {
                        low[v] = Math.Min(low[v], index[w]);
                    }

                    continue;
                }

                if (low[v] == index[v])
                {
                    int w;
                    do
                    {
                        w = stack.Pop();
                        onStack[w] = false;
                        component[w] = components;
                    }
                    while (w != v);
                    components++;
                }

                if (work.Count > 0)
                {
                    var parent = work.Peek().Node;
                    low[parent] = Math.Min(low[parent], low[v]);
                }
            }
        }

        return component;
    }

    /// <summary>The branches of a split meet, if at all, at a join: the first step two branches both reach must be marked so.</summary>
    private static void CheckJoins(IReadOnlyList<SopStep> steps, List<(int To, string Property)>[] edges, Problems problems)
    {
        var n = steps.Count;
        for (var i = 0; i < n; i++)
        {
            var s = steps[i];
            if (s.Split.Count == 0)
            {
                continue;
            }

            var count = new int[n];
            foreach (var (branch, _) in edges[i])
            {
                var seen = new bool[n];
                var stack = new Stack<int>();
                stack.Push(branch);
                while (stack.Count > 0)
                {
                    var k = stack.Pop();
                    if (seen[k] || k == i)
                    {
                        continue;
                    }

                    seen[k] = true;
                    count[k]++;
                    if (steps[k].IsJoin)
                    {
                        continue;
                    }

                    foreach (var (to, property) in edges[k])
                    {
                        if (!property.StartsWith(".decision.no", StringComparison.Ordinal))
                        {
                            stack.Push(to);
                        }
                    }
                }
            }

            for (var k = 0; k < n; k++)
            {
                if (count[k] >= 2)
                {
                    if (!steps[k].IsJoin)
                    {
                        problems.Error(ProblemCodes.SopJoinMissing, Text.Index("steps", k) + ".join", steps[k].Key, s.Key);
                    }

                    break;
                }
            }
        }
    }
}
