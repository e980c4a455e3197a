using System.Text.RegularExpressions;

namespace PeaceOps.Ops.Domain.Medevac;

/// <summary>
/// Reads "letter + count" lists as typed on lines 3, 5 and 8: "A1 B2", "A-1, B 2", "1A 2B", "a1b1".
/// A letter without a count is reported as such so the caller can decide.
/// </summary>
internal static partial class LetterCounts
{
    public static bool TryRead(string text, string letters, Span<int> counts, Span<bool> bare, out string? problem)
    {
        problem = null;
        var position = 0;
        var matched = false;
        while (true)
        {
            var match = Item().Match(text, position);
            if (!match.Success || match.Index != position)
            {
                break;
            }

            var letter = match.Groups["l1"].Success ? match.Groups["l1"].Value[0] : match.Groups["l2"].Success ? match.Groups["l2"].Value[0] : match.Groups["l3"].Value[0];
            var index = letters.IndexOf(letter, StringComparison.Ordinal);
            if (index < 0)
            {
                problem = $"'{letter}' is not one of {string.Join(", ", letters.ToCharArray())}";
                return false;
            }

            var digits = match.Groups["n1"].Success ? match.Groups["n1"].Value : match.Groups["n2"].Success ? match.Groups["n2"].Value : null;
            if (counts[index] != 0 || bare[index])
            {
                problem = $"{letter} is given twice";
                return false;
            }

            if (digits is null)
            {
                bare[index] = true;
            }
            else
            {
                counts[index] = int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture);
            }

            matched = true;
            position = match.Index + match.Length;
        }

        var rest = text[position..].Trim(' ', ',', ';', '/', '+', '&');
        if (rest.Length > 0 || !matched)
        {
            problem = rest.Length > 0 ? $"could not read '{rest}'" : "nothing given";
            return false;
        }

        return true;
    }

    [GeneratedRegex(@"\G[\s,;/+&]*(?:(?<l1>[A-Z])\s*[-:=]?\s*(?<n1>\d{1,3})(?!\d)|(?<n2>\d{1,3})\s*[X*]?\s*(?<l2>[A-Z])(?![A-Z])|(?<l3>[A-Z])(?![A-Z0-9]))", RegexOptions.CultureInvariant)]
    private static partial Regex Item();
}
