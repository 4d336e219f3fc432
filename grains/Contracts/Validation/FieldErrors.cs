using ItsmOrleans.Contracts.Common;

namespace ItsmOrleans.Contracts.Validation;

/// <summary>Collects validation errors per field and throws them together.</summary>
public sealed class FieldErrors
{
    private readonly Dictionary<string, List<string>> _errors = [];

    public bool Any => _errors.Count > 0;

    public void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var list))
        {
            _errors[field] = list = [];
        }

        list.Add(message);
    }

    /// <summary>Checks a text field: required or not, its length, and no control characters other than line breaks and tabs.</summary>
    public void Text(string field, string? value, int maxLength, bool required)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
            {
                Add(field, $"'{field}' is required.");
            }

            return;
        }

        if (value.Length > maxLength)
        {
            Add(field, $"'{field}' is {value.Length} characters long; the limit is {maxLength}.");
        }

        if (value.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t')))
        {
            Add(field, $"'{field}' contains control characters.");
        }
    }

    /// <summary>Checks that an enum value is one of its named members (JSON and grain callers can send any number).</summary>
    public void Defined<T>(string field, T value)
        where T : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            Add(field, $"'{field}' must be one of: {string.Join(", ", Enum.GetNames<T>())}.");
        }
    }

    /// <summary>Every problem as (field, message), in the order they were found per field.</summary>
    public IReadOnlyList<(string Field, string Message)> List() =>
        [.. _errors.SelectMany(e => e.Value.Select(message => (e.Key, message)))];

    public void ThrowIfAny()
    {
        if (Any)
        {
            throw new DomainValidationException(_errors.ToDictionary(e => e.Key, e => e.Value.ToArray()));
        }
    }
}
