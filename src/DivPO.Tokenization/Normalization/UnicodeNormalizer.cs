using System.Text;

namespace DivPO.Tokenization.Normalization;

/// <summary>The Unicode normalization forms (NFC, NFD, NFKC, NFKD) a tokenizer.json normalizer applies, in order.</summary>
internal sealed class UnicodeNormalizer
{
    private readonly IReadOnlyList<NormalizationForm> _forms;

    public UnicodeNormalizer(IReadOnlyList<NormalizationForm> forms, string sourceFile)
    {
        // In globalization-invariant mode .NET has no Unicode data and string.Normalize silently returns its input,
        // which would give wrong ids for any text that is not already normalized: refuse instead.
        if (!RuntimeCanNormalize())
        {
            throw new TokenizationException(
                $"{sourceFile} asks for Unicode normalization ({string.Join(", ", forms)}), but this process runs in " +
                "globalization-invariant mode, where .NET cannot normalize text. Run with InvariantGlobalization=false " +
                "(or DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=0) and ICU installed.");
        }

        _forms = forms;
    }

    public string Normalize(string text)
    {
        foreach (NormalizationForm form in _forms)
        {
            text = text.Normalize(form);
        }

        return text;
    }

    private static bool RuntimeCanNormalize() => "e\u0301".Normalize(NormalizationForm.FormC) == "\u00e9";
}
