using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace Kinerja.Samples.Console;

/// <summary>
/// Help with Indonesian headings. System.CommandLine writes its headings (<c>Description:</c>, <c>Usage:</c> ...) from
/// its own resources, which have no Indonesian (and its help builder is not public); the help is written as the library
/// writes it and its headings and placeholders are put in Indonesian, so the layout, the wrapping and the descriptions
/// stay the library's.
/// </summary>
internal static class IndonesianHelp
{
    /// <summary>The library's headings (as it writes them under an English or invariant culture) and ours.</summary>
    private static readonly (string English, string Indonesian)[] Headings =
    [
        ("Description:", "Deskripsi:"),
        ("Usage:", "Cara pakai:"),
        ("Arguments:", "Argumen:"),
        ("Options:", "Opsi:"),
        ("Commands:", "Perintah:"),
        ("Additional Arguments:", "Argumen tambahan:"),
    ];

    /// <summary>The placeholders of the usage line and the default values' label.</summary>
    private static readonly (string English, string Indonesian)[] Placeholders =
    [
        ("[command]", "[perintah]"),
        ("[options]", "[opsi]"),
        ("[default: ", "[bawaan: "),
    ];

    /// <summary>The help action writing as <paramref name="inner"/> does, with Indonesian headings and placeholders.</summary>
    public static SynchronousCommandLineAction Action(HelpAction inner) => new Translated(inner);

    /// <summary>Headings are whole lines; placeholders are words of the usage line.</summary>
    internal static string Translate(string text)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            foreach (var (english, indonesian) in Headings)
            {
                if (line == english)
                {
                    lines[i] = indonesian + lines[i][line.Length..];
                }
            }

            foreach (var (english, indonesian) in Placeholders)
            {
                lines[i] = lines[i].Replace(english, indonesian, StringComparison.Ordinal);
            }
        }

        return string.Join('\n', lines);
    }

    /// <summary>Runs the library's help into a buffer, then writes it translated where the help would have gone.</summary>
    private sealed class Translated(HelpAction inner) : SynchronousCommandLineAction
    {
        /// <summary>As the library's help: a missing argument of the command asked about is no error when help is asked.</summary>
        public override bool ClearsParseErrors => inner.ClearsParseErrors;

        public override int Invoke(ParseResult parseResult)
        {
            var configuration = parseResult.InvocationConfiguration;
            var output = configuration.Output;
            using var buffer = new StringWriter();
            configuration.Output = buffer;
            try
            {
                inner.Invoke(parseResult);
            }
            finally
            {
                configuration.Output = output;
            }

            output.Write(Translate(buffer.ToString()));
            return 0;
        }
    }
}
