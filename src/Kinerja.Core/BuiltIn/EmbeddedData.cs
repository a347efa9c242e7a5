using System.Reflection;

namespace Kinerja.Core.BuiltIn;

/// <summary>Reads the data files embedded in the package (the only I/O the core does).</summary>
internal static class EmbeddedData
{
    private const string Prefix = "Kinerja.Core.BuiltIn.";

    public static IEnumerable<string> Names(string folder) =>
        typeof(EmbeddedData).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix + folder + "/", StringComparison.Ordinal) || n.StartsWith(Prefix + folder + "\\", StringComparison.Ordinal))
            .OrderBy(n => n, StringComparer.Ordinal);

    public static string Read(string name)
    {
        using var stream = typeof(EmbeddedData).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException("Embedded resource " + name + " is missing from the package.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
