namespace Kinerja.Core.Validation;

/// <summary>The language a validation message or a reason is written in.</summary>
public enum MessageLanguage
{
    /// <summary>Bahasa Indonesia, the default.</summary>
    Indonesian = 0,

    /// <summary>English.</summary>
    English = 1,
}
