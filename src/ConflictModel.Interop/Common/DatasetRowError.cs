using System;
using System.Globalization;
using System.Text;

namespace ConflictModel.Interop;

/// <summary>
/// One problem with one row (or with the header) of a dataset file: where it is, which column,
/// the offending text (shortened), and the rule it breaks. A strict read throws it inside a
/// <see cref="DatasetFormatException"/>; a read that skips bad rows hands each one to its callback.
/// </summary>
/// <remarks>Immutable; safe to share between threads.</remarks>
public sealed class DatasetRowError : IEquatable<DatasetRowError>
{
    /// <summary>The longest value an error keeps, in UTF-16 code units; longer values are cut and end with "…".</summary>
    public const int MaxValueLength = 100;

    /// <summary>Initializes an error.</summary>
    /// <param name="dataset">The dataset's name, such as "ACLED".</param>
    /// <param name="rowNumber">The 1-based number of the CSV record, the header being record 1.</param>
    /// <param name="kind">What kind of problem it is.</param>
    /// <param name="column">The column at fault, or null when no single column is (a ragged or malformed row).</param>
    /// <param name="value">The offending text, or null; kept up to <see cref="MaxValueLength"/> code units.</param>
    /// <param name="rule">The rule that was broken, as one sentence.</param>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> or <paramref name="rule"/> is null.</exception>
    /// <exception cref="ArgumentException">The row number is less than 1, or the dataset or rule is empty.</exception>
    public DatasetRowError(string dataset, long rowNumber, DatasetErrorKind kind, string? column, string? value, string rule)
    {
        Preconditions.CheckArgument(!string.IsNullOrEmpty(Preconditions.CheckNotNull(dataset)), nameof(dataset), "The dataset must be named.");
        Preconditions.CheckArgument(rowNumber >= 1, nameof(rowNumber), "The row number must be 1 or more.");
        Preconditions.CheckArgument(!string.IsNullOrEmpty(Preconditions.CheckNotNull(rule)), nameof(rule), "The rule must be stated.");
        Dataset = dataset;
        RowNumber = rowNumber;
        Kind = kind;
        Column = column;
        Value = Shorten(value);
        Rule = rule;
    }

    /// <summary>Gets the dataset's name, such as "ACLED" or "UCDP GED".</summary>
    public string Dataset { get; }

    /// <summary>Gets the 1-based number of the CSV record: the header is record 1, the first data row record 2.</summary>
    /// <remarks>A record is a row of the table: a quoted field with line breaks makes it span several lines of the file.</remarks>
    public long RowNumber { get; }

    /// <summary>Gets what kind of problem it is.</summary>
    public DatasetErrorKind Kind { get; }

    /// <summary>Gets the column at fault, as the header names it, or null when no single column is.</summary>
    public string? Column { get; }

    /// <summary>Gets the offending text, cut to <see cref="MaxValueLength"/> code units, or null.</summary>
    public string? Value { get; }

    /// <summary>Gets the rule that was broken, as one sentence.</summary>
    public string Rule { get; }

    /// <summary>Gets the whole message: dataset, row, column, value and rule.</summary>
    public string Message
    {
        get
        {
            var builder = new StringBuilder();
            builder.Append(CultureInfo.InvariantCulture, $"{Dataset} row {RowNumber}");
            if (Column is not null)
            {
                builder.Append(CultureInfo.InvariantCulture, $", column '{Column}'");
            }

            if (Value is not null)
            {
                builder.Append(CultureInfo.InvariantCulture, $", value '{Value}'");
            }

            builder.Append(CultureInfo.InvariantCulture, $": {Rule}");
            return builder.ToString();
        }
    }

    /// <summary>Compares two errors by value.</summary>
    /// <param name="left">The first error.</param>
    /// <param name="right">The second error.</param>
    /// <returns>True when they are equal.</returns>
    public static bool operator ==(DatasetRowError? left, DatasetRowError? right) => Equals(left, right);

    /// <summary>Compares two errors by value.</summary>
    /// <param name="left">The first error.</param>
    /// <param name="right">The second error.</param>
    /// <returns>True when they differ.</returns>
    public static bool operator !=(DatasetRowError? left, DatasetRowError? right) => !Equals(left, right);

    /// <inheritdoc/>
    public bool Equals(DatasetRowError? other)
        => other is not null
            && Dataset == other.Dataset
            && RowNumber == other.RowNumber
            && Kind == other.Kind
            && Column == other.Column
            && Value == other.Value
            && Rule == other.Rule;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as DatasetRowError);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Dataset, RowNumber, Kind, Column, Value, Rule);

    /// <inheritdoc/>
    public override string ToString() => Message;

    private static string? Shorten(string? value)
        => value is null || value.Length <= MaxValueLength ? value : string.Concat(value.AsSpan(0, MaxValueLength - 1), "…");
}
