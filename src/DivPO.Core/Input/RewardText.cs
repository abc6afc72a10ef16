using System.Globalization;

namespace DivPO.Core.Input;

/// <summary>
/// How rewards are written back: the shortest text that reads back as the same double. A reward whose text in
/// the record already reads back as it is left as written (rewriting unchanged rewards changes no byte).
/// </summary>
internal static class RewardText
{
    /// <summary>A JSON value: a number, <c>null</c>, or the strings <c>"NaN"</c>, <c>"Infinity"</c> and <c>"-Infinity"</c> that the readers accept.</summary>
    public static string Json(double? reward) => reward switch
    {
        null => "null",
        { } value when double.IsFinite(value) => value.ToString(CultureInfo.InvariantCulture),
        { } value => $"\"{value.ToString(CultureInfo.InvariantCulture)}\"",
    };

    /// <summary>A CSV cell: a number (<c>NaN</c>, <c>Infinity</c>, <c>-Infinity</c> included), or empty for none.</summary>
    public static string Csv(double? reward) => reward?.ToString(CultureInfo.InvariantCulture) ?? "";

    /// <summary>Whether a JSON value the reader accepted as a reward already stands for <paramref name="reward"/>.</summary>
    public static bool JsonHolds(ReadOnlySpan<byte> value, double? reward) =>
        value.SequenceEqual("null"u8) ? reward is null : Holds(value.Trim((byte)'"'), reward);

    /// <summary>Whether a CSV cell the reader accepted as a reward already stands for <paramref name="reward"/>.</summary>
    public static bool CsvHolds(ReadOnlySpan<byte> cell, double? reward) => cell.IsEmpty ? reward is null : Holds(cell, reward);

    private static bool Holds(ReadOnlySpan<byte> number, double? reward) =>
        reward is { } expected && double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var written) && written.Equals(expected);
}
