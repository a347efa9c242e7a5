using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace Kinerja.Fuzz;

/// <summary>
/// Mutates a valid JSON document: byte flips, truncation, deleted and duplicated spans, deleted,
/// duplicated, renamed and retyped properties, null and repeated list items, huge and tiny numbers,
/// deep nesting, long strings, invalid UTF-8 and lone surrogates (raw and escaped). One to three
/// mutations are stacked; everything comes from the <see cref="Random"/> given, so an input is
/// reproduced from its seed.
/// </summary>
internal static class JsonMutator
{
    private const string Hole = "\u0001hole\u0001";

    /// <summary>Raw JSON values that replace a value: wrong types, edges of int and decimal, numbers no decimal holds.</summary>
    private static readonly string[] Values =
    [
        "null", "true", "false", "0", "-1", "1", "-0", "0.5", "\"\"", "\" \"", "\"x\"", "[]", "{}", "[null]", "[{}]", "{\"x\":1}",
        "2147483647", "2147483648", "-2147483649", "79228162514264337593543950335", "79228162514264337593543950336",
        "-79228162514264337593543950336", "1e400", "-1e400", "1e-400", "0.0000000000000000000000000001", "1e-29", "1E28", "1e99999999999",
        "123456789012345678901234567890", "9223372036854775808", "\"2026-02-30\"", "\"9999-12-31T23:59:59Z\"", "\"\\ud800\"",
        "\"\\udc00x\"", "\"\\u0000\"", "\"Asia/Nowhere\"", "\"-\"", "\"3 Hari\"", "\"0 Hari\"", "\"5-1 Jam\"", "\"99999999999 Menit\"",
    ];

    private static readonly string[] Tokens = ["{", "}", "[", "]", "\"", ",", ":", "\\", "null", "/*", "//", "\n", "\u0000", "\ud800", "\udfff", "\\ud800", "\\u", "1e", "-", "\t", "'", "\u00a0", "\ufeff"];

    public static string Mutate(string seed, IReadOnlyList<string> others, Random random) => Mutate(seed, others, random, 10_000);

    /// <summary>As <see cref="Mutate(string, IReadOnlyList{string}, Random)"/>, repeating a list item at most <paramref name="maxCopies"/> times.</summary>
    public static string Mutate(string seed, IReadOnlyList<string> others, Random random, int maxCopies)
    {
        var text = seed;
        var count = 1 + random.Next(3);
        for (var k = 0; k < count; k++)
        {
            text = MutateOnce(text, others, random, maxCopies);
        }

        return text;
    }

    private static string MutateOnce(string text, IReadOnlyList<string> others, Random random, int maxCopies)
    {
        switch (random.Next(14))
        {
            case 0:
                return FlipBytes(text, random);
            case 1:
                return text.Substring(0, random.Next(text.Length + 1));
            case 2:
                return DeleteSpan(text, random);
            case 3:
                return DuplicateSpan(text, random);
            case 4:
                return Insert(text, random, Tokens[random.Next(Tokens.Length)]);
            case 5:
                return InvalidUtf8(text, random);
            case 6:
                return DeepNesting(text, random);
            case 7:
                var other = others[random.Next(others.Count)];
                var cut = random.Next(text.Length + 1);
                return text.Substring(0, cut) + other.Substring(Math.Min(other.Length, random.Next(other.Length + 1)));
            default:
                return Guarded(() => Structural(text, random, maxCopies)) ?? FlipBytes(text, random);
        }
    }

    /// <summary>Runs a change on a parsed tree; text the tree cannot hold (a key twice, a lone surrogate) gives null.</summary>
    private static string? Guarded(Func<string?> change)
    {
        try
        {
            return change();
        }
#pragma warning disable CA1031 // The mutator's own parse of a mutated text; any failure means "not a tree".
        catch (Exception)
#pragma warning restore CA1031
        {
            return null;
        }
    }

    private static string FlipBytes(string text, Random random)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        if (bytes.Length == 0)
        {
            return text;
        }

        var flips = 1 + random.Next(4);
        for (var i = 0; i < flips; i++)
        {
            bytes[random.Next(bytes.Length)] ^= (byte)(1 << random.Next(8));
        }

        return Encoding.UTF8.GetString(bytes);
    }

    /// <summary>Bytes that are not UTF-8, decoded as a host decodes a file (U+FFFD), or text that has no UTF-8 form (a lone surrogate).</summary>
    private static string InvalidUtf8(string text, Random random)
    {
        byte[][] bad = [[0xC0, 0x80], [0xED, 0xA0, 0x80], [0xFF], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82], [0x80]];
        if (random.Next(2) == 0)
        {
            var bytes = Encoding.UTF8.GetBytes(text).ToList();
            bytes.InsertRange(random.Next(bytes.Count + 1), bad[random.Next(bad.Length)]);
            return Encoding.UTF8.GetString([.. bytes]);
        }

        return Insert(text, random, random.Next(2) == 0 ? "\ud800" : "\udc00");
    }

    private static string DeepNesting(string text, Random random)
    {
        var depth = random.Next(2) == 0 ? 60 + random.Next(10) : random.Next(2000);
        var array = random.Next(2) == 0;
        var open = array ? "[" : "{\"a\":";
        var close = array ? "]" : "}";
        var value = new StringBuilder();
        for (var i = 0; i < depth; i++)
        {
            value.Append(open);
        }

        value.Append('1');
        for (var i = 0; i < depth; i++)
        {
            value.Append(close);
        }

        return Guarded(() => ReplaceValue(text, random, value.ToString())) ?? value.ToString();
    }

    private static string DeleteSpan(string text, Random random)
    {
        if (text.Length == 0)
        {
            return text;
        }

        var start = random.Next(text.Length);
        var length = random.Next(Math.Min(64, text.Length - start) + 1);
        return text.Remove(start, length);
    }

    private static string DuplicateSpan(string text, Random random)
    {
        if (text.Length == 0)
        {
            return text;
        }

        var start = random.Next(text.Length);
        var length = random.Next(Math.Min(256, text.Length - start) + 1);
        return text.Insert(random.Next(text.Length + 1), text.Substring(start, length));
    }

    private static string Insert(string text, Random random, string what) => text.Insert(random.Next(text.Length + 1), what);

    /// <summary>Replaces one value of the document with raw text, or null when the text is not JSON any more.</summary>
    private static string? ReplaceValue(string text, Random random, string raw)
    {
        if (Parse(text) is not { } root)
        {
            return null;
        }

        var nodes = Nodes(root);
        var target = nodes[random.Next(nodes.Count)];
        if (target.Parent is null)
        {
            return null;
        }

        target.ReplaceWith(JsonValue.Create(Hole));
        return root.ToJsonString().Replace("\"" + Escaped(Hole) + "\"", raw);
    }

    /// <summary>A change to the tree: a property deleted, duplicated, renamed or retyped; a list item nulled, deleted or repeated; a string made long.</summary>
    private static string? Structural(string text, Random random, int maxCopies)
    {
        if (Parse(text) is not { } root)
        {
            return null;
        }

        var nodes = Nodes(root);
        var node = nodes[random.Next(nodes.Count)];
        string? raw = null;
        switch (random.Next(9))
        {
            case 0 when node.Parent is JsonObject parent:
                parent.Remove(node.GetPropertyName());
                break;
            case 1 when node.Parent is JsonObject parent:
                // A property written twice: the text keeps both, as a hand-edited file may.
                var name = node.GetPropertyName();
                var copy = node.ToJsonString();
                node.ReplaceWith(JsonValue.Create(Hole));
                raw = copy + ",\"" + Escaped(name) + "\":" + Values[random.Next(Values.Length)];
                return root.ToJsonString().Replace("\"" + Escaped(Hole) + "\"", raw);
            case 2 when node.Parent is JsonObject parent:
                var old = node.GetPropertyName();
                parent.Remove(old);
                parent[Rename(old, random)] = node;
                break;
            case 3 when node.Parent is JsonArray array:
                array[array.IndexOf(node)] = null;
                break;
            case 4 when node.Parent is JsonArray array:
                array.Remove(node);
                break;
            case 5 when node.Parent is JsonArray array:
                // Many copies of one item (a PK whose sasaran repeat one id): the cost must stay linear.
                var copies = Math.Min(maxCopies, random.Next(20) == 0 ? 1000 + random.Next(9000) : 1 + random.Next(50));
                var itemText = node.ToJsonString();
                node.ReplaceWith(JsonValue.Create(Hole));
                var many = new StringBuilder(itemText);
                for (var i = 0; i < copies; i++)
                {
                    many.Append(',').Append(itemText);
                }

                return root.ToJsonString().Replace("\"" + Escaped(Hole) + "\"", many.ToString());
            case 6 when node is JsonValue && node.Parent is not null:
                var length = random.Next(3) == 0 ? 100_000 + random.Next(1_000_000) : random.Next(5000);
                node.ReplaceWith(JsonValue.Create(new string((char)('a' + random.Next(26)), length)));
                break;
            case 7 when node is JsonObject o:
                o["x" + random.Next(100).ToString(CultureInfo.InvariantCulture)] = JsonNode.Parse(Values[random.Next(3, 16)]);
                break;
            default:
                if (node.Parent is null)
                {
                    return Values[random.Next(Values.Length)];
                }

                node.ReplaceWith(JsonValue.Create(Hole));
                return root.ToJsonString().Replace("\"" + Escaped(Hole) + "\"", Values[random.Next(Values.Length)]);
        }

        return root.ToJsonString();
    }

    private static string Rename(string name, Random random) => random.Next(4) switch
    {
        0 => name.ToUpperInvariant(),
        1 => name + "s",
        2 => name.Length > 1 ? name.Substring(1) : "_",
        _ => "$" + name,
    };

    private static string Escaped(string text) => JsonValue.Create(text).ToJsonString().Trim('"');

    private static JsonNode? Parse(string text) => JsonNode.Parse(text);

    private static List<JsonNode> Nodes(JsonNode root)
    {
        var all = new List<JsonNode>();
        var stack = new Stack<JsonNode>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var n = stack.Pop();
            all.Add(n);
            switch (n)
            {
                case JsonObject o:
                    foreach (var p in o)
                    {
                        if (p.Value is { } v)
                        {
                            stack.Push(v);
                        }
                    }

                    break;
                case JsonArray a:
                    foreach (var v in a)
                    {
                        if (v is not null)
                        {
                            stack.Push(v);
                        }
                    }

                    break;
                default:
                    break;
            }
        }

        return all;
    }
}
