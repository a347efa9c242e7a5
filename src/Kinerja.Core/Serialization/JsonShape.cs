using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Kinerja.Core.Internal;
using Kinerja.Core.Validation;

namespace Kinerja.Core.Serialization;

/// <summary>
/// Checks a parsed document against the source-generated metadata of its wire records before the
/// serializer sees it, so that every wrong type and every unknown property is reported at once with
/// its JSON path and value (the serializer itself stops at the first). Numbers must fit a
/// <see cref="decimal"/> exactly: a number with more digits than a decimal holds is rejected, never rounded.
/// </summary>
internal static class JsonShape
{
    public static void Check(JsonElement element, JsonTypeInfo info, string path, Problems problems) =>
        Check(element, info.Type, info.Options, path, problems);

    private static void Check(JsonElement e, Type type, JsonSerializerOptions options, string path, Problems problems)
    {
        var underlying = Nullable.GetUnderlyingType(type);
        if (e.ValueKind == JsonValueKind.Null)
        {
            if (type.IsValueType && underlying is null)
            {
                Described(type).Report(problems, path, "null");
            }

            return;
        }

        var t = underlying ?? type;
        if (t == typeof(string))
        {
            Require(e.ValueKind == JsonValueKind.String, e, path, Expected.Text, problems);
        }
        else if (t == typeof(int))
        {
            Require(e.ValueKind == JsonValueKind.Number && e.TryGetInt32(out _), e, path, Expected.Integer, problems);
        }
        else if (t == typeof(decimal))
        {
            Require(e.ValueKind == JsonValueKind.Number && TryGetExactDecimal(e, out _), e, path, Expected.Number, problems);
        }
        else if (t == typeof(bool))
        {
            Require(e.ValueKind is JsonValueKind.True or JsonValueKind.False, e, path, Expected.Boolean, problems);
        }
        else if (t == typeof(TargetDto))
        {
            CheckTarget(e, path, problems);
        }
        else
        {
            var info = options.GetTypeInfo(t);
            switch (info.Kind)
            {
                case JsonTypeInfoKind.Enumerable:
                    if (Require(e.ValueKind == JsonValueKind.Array, e, path, Expected.List, problems))
                    {
                        var i = 0;
                        foreach (var item in e.EnumerateArray())
                        {
                            // A list holds no empty item, save a list of quarterly targets, where null is a quarter without one.
                            var at = Text.Index(path, i++);
                            if (item.ValueKind == JsonValueKind.Null && !info.ElementType!.IsValueType && info.ElementType != typeof(TargetDto))
                            {
                                problems.Error(ProblemCodes.Required, at, null);
                                continue;
                            }

                            Check(item, info.ElementType!, options, at, problems);
                        }
                    }

                    break;
                case JsonTypeInfoKind.Dictionary:
                    if (Require(e.ValueKind == JsonValueKind.Object, e, path, Expected.Object, problems))
                    {
                        foreach (var property in e.EnumerateObject())
                        {
                            Check(property.Value, info.ElementType!, options, path + "." + property.Name, problems);
                        }
                    }

                    break;
                case JsonTypeInfoKind.Object:
                    if (Require(e.ValueKind == JsonValueKind.Object, e, path, Expected.Object, problems))
                    {
                        foreach (var property in e.EnumerateObject())
                        {
                            var known = Find(info, property.Name);
                            if (known is null)
                            {
                                problems.Error(ProblemCodes.JsonUnknownProperty, path + "." + property.Name, property.Name);
                            }
                            else
                            {
                                Check(property.Value, known.PropertyType, options, path + "." + property.Name, problems);
                            }
                        }
                    }

                    break;
                default:
                    break;
            }
        }
    }

    /// <summary>Reads a number as a decimal only when the decimal holds every digit of it.</summary>
    public static bool TryGetExactDecimal(JsonElement e, out decimal value) =>
        e.TryGetDecimal(out value) && Canonical(e.GetRawText()) == Canonical(value.ToString(CultureInfo.InvariantCulture));

    /// <summary>A number's value as significant digits and a power of ten, so <c>1.50</c>, <c>1.5</c> and <c>15e-1</c> agree.</summary>
    private static string? Canonical(string text)
    {
        var i = 0;
        var negative = i < text.Length && text[i] == '-';
        if (negative)
        {
            i++;
        }

        var digits = new System.Text.StringBuilder();
        var exponent = 0L;
        for (; i < text.Length && char.IsDigit(text[i]); i++)
        {
            digits.Append(text[i]);
        }

        if (i < text.Length && text[i] == '.')
        {
            for (i++; i < text.Length && char.IsDigit(text[i]); i++)
            {
                digits.Append(text[i]);
                exponent--;
            }
        }

        if (i < text.Length && (text[i] == 'e' || text[i] == 'E'))
        {
            if (!long.TryParse(text.Substring(i + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var e) || Math.Abs(e) > 100000)
            {
                return null;
            }

            exponent += e;
        }

        var significant = digits.ToString().TrimStart('0');
        if (significant.Length == 0)
        {
            return "0";
        }

        var trimmed = significant.TrimEnd('0');
        exponent += significant.Length - trimmed.Length;
        return (negative ? "-" : string.Empty) + trimmed + "e" + exponent.ToString(CultureInfo.InvariantCulture);
    }

    private static void CheckTarget(JsonElement e, string path, Problems problems)
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.Number:
                Require(TryGetExactDecimal(e, out _), e, path, Expected.Number, problems);
                break;
            case JsonValueKind.Object:
                foreach (var property in e.EnumerateObject())
                {
                    var at = path + "." + property.Name;
                    switch (property.Name)
                    {
                        case "lower" or "upper":
                            Require(property.Value.ValueKind == JsonValueKind.Number && TryGetExactDecimal(property.Value, out _), property.Value, at, Expected.Number, problems);
                            break;
                        case "grade":
                            Require(property.Value.ValueKind == JsonValueKind.String, property.Value, at, Expected.Text, problems);
                            break;
                        default:
                            problems.Error(ProblemCodes.JsonUnknownProperty, at, property.Name);
                            break;
                    }
                }

                break;
            default:
                Expected.Target.Report(problems, path, DocumentReader.Raw(e));
                break;
        }
    }

    private static JsonPropertyInfo? Find(JsonTypeInfo info, string name)
    {
        foreach (var p in info.Properties)
        {
            if (string.Equals(p.Name, name, StringComparison.Ordinal))
            {
                return p;
            }
        }

        return null;
    }

    private static bool Require(bool ok, JsonElement e, string path, Expected expected, Problems problems)
    {
        if (!ok)
        {
            expected.Report(problems, path, DocumentReader.Raw(e));
        }

        return ok;
    }

    private static Expected Described(Type type) =>
        type == typeof(int) ? Expected.Integer : type == typeof(decimal) ? Expected.Number : type == typeof(bool) ? Expected.Boolean : Expected.NotNull;
}
