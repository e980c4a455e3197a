using System.Globalization;

namespace PeaceOps.Ops.Silo.Api.Reference;

/// <summary>Reads query values strictly (invariant culture, finite, in range) and collects a message per bad field.</summary>
internal sealed class QueryValues(IQueryCollection query)
{
    private readonly Dictionary<string, string[]> _errors = new(StringComparer.Ordinal);

    public bool HasErrors => _errors.Count > 0;

    public IDictionary<string, string[]> Errors => _errors;

    public double Number(string name, double min, double max)
    {
        var text = query[name].ToString();
        if (string.IsNullOrWhiteSpace(text))
        {
            Add(name, $"'{name}' is required: a number from {min} to {max}.");
            return double.NaN;
        }

        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            Add(name, $"'{name}' must be a number from {min} to {max}; got '{Shorten(text)}'.");
            return double.NaN;
        }

        if (value < min || value > max)
        {
            Add(name, $"'{name}' must be from {min} to {max}; got {value.ToString(CultureInfo.InvariantCulture)}.");
        }

        return value;
    }

    public int Integer(string name, int min, int max, int fallback)
    {
        var text = query[name].ToString();
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
        {
            Add(name, $"'{name}' must be a whole number from {min} to {max}; got '{Shorten(text)}'.");
        }

        return value;
    }

    public DateOnly Date(string name)
    {
        var text = query[name].ToString();
        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            Add(name, string.IsNullOrWhiteSpace(text)
                ? $"'{name}' is required: a date as yyyy-MM-dd."
                : $"'{name}' must be a date as yyyy-MM-dd; got '{Shorten(text)}'.");
        }

        return date;
    }

    public string Text(string name, int maxLength)
    {
        var text = query[name].ToString();
        if (string.IsNullOrWhiteSpace(text))
        {
            Add(name, $"'{name}' is required.");
        }
        else if (text.Length > maxLength)
        {
            Add(name, $"'{name}' is longer than {maxLength} characters.");
        }

        return text;
    }

    public void Add(string name, string message) => _errors[name] = [message];

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "...";
}
