using Microsoft.AspNetCore.Http.HttpResults;

namespace PeaceOps.Ops.Silo.Api.Problems;

/// <summary>Collects what is wrong with a request, field by field, and answers it as one 400 problem (RFC 9457 with <c>errors</c>).</summary>
public sealed class FieldErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool Any => _errors.Count > 0;

    public IReadOnlyDictionary<string, string[]> ToDictionary() => _errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);

    public FieldErrors Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var messages))
        {
            messages = [];
            _errors[field] = messages;
        }

        messages.Add(message);
        return this;
    }

    public bool RequireText(string field, string? value, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(field, "is required.");
            return false;
        }

        if (value.Length > maxLength)
        {
            Add(field, $"must be at most {maxLength} characters.");
            return false;
        }

        return true;
    }

    public bool Require<T>(string field, T? value)
        where T : struct
    {
        if (value is null)
        {
            Add(field, "is required.");
            return false;
        }

        return true;
    }

    public bool Require<T>(string field, T? value)
        where T : class
    {
        if (value is null)
        {
            Add(field, "is required.");
            return false;
        }

        return true;
    }

    public bool InRange(string field, double? value, double min, double max, bool required = true)
    {
        if (value is null)
        {
            if (required)
            {
                Add(field, "is required.");
            }

            return !required;
        }

        if (!double.IsFinite(value.Value) || value < min || value > max)
        {
            Add(field, $"must be a number from {min} to {max}.");
            return false;
        }

        return true;
    }

    public bool InRange(string field, int? value, int min, int max, bool required = true)
    {
        if (value is null)
        {
            if (required)
            {
                Add(field, "is required.");
            }

            return !required;
        }

        if (value < min || value > max)
        {
            Add(field, $"must be an integer from {min} to {max}.");
            return false;
        }

        return true;
    }

    public ValidationProblem ToProblem(string title = "The request is invalid") =>
        TypedResults.ValidationProblem(ToDictionary(), title: title);
}
