using Kinerja.Core.Internal;
using Kinerja.Core.Validation;

namespace Kinerja.Core.Sop;

/// <summary>Checks the flow graph of a definition: every step reachable from the first, and every step able to reach the end.</summary>
internal static class SopFlowCheck
{
    public static void Check(IReadOnlyList<SopStep> steps, Problems problems)
    {
        var index = steps.Select((s, i) => (s.Number, i)).ToDictionary(x => x.Number, x => x.i);
        var successors = new List<int>[steps.Count];
        var ends = new bool[steps.Count];
        for (var i = 0; i < steps.Count; i++)
        {
            var s = steps[i];
            successors[i] = [];
            var forward = s.Decision?.YesStep ?? s.Next;
            if (forward is { } f)
            {
                successors[i].Add(index[f]);
            }
            else if (i + 1 < steps.Count)
            {
                successors[i].Add(i + 1);
            }
            else
            {
                ends[i] = true;
            }

            if (s.Decision is { } d)
            {
                successors[i].Add(index[d.NoStep]);
            }
        }

        var reached = new bool[steps.Count];
        var stack = new Stack<int>();
        stack.Push(0);
        reached[0] = true;
        while (stack.Count > 0)
        {
            foreach (var n in successors[stack.Pop()].Where(n => !reached[n]))
            {
                reached[n] = true;
                stack.Push(n);
            }
        }

        var canEnd = (bool[])ends.Clone();
        bool changed;
        do
        {
            changed = false;
            for (var i = 0; i < steps.Count; i++)
            {
                if (!canEnd[i] && successors[i].Any(n => canEnd[n]))
                {
                    canEnd[i] = true;
                    changed = true;
                }
            }
        }
        while (changed);

        for (var i = 0; i < steps.Count; i++)
        {
            var path = Text.Index("steps", i);
            if (!reached[i])
            {
                problems.Error(ProblemCodes.SopUnreachable, path, Text.Of(steps[i].Number));
            }
            else if (!canEnd[i])
            {
                problems.Error(ProblemCodes.SopNoWayOut, path, Text.Of(steps[i].Number));
            }
        }
    }
}
