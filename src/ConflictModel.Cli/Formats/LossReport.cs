using System.Collections.Generic;
using System.IO;
using System.Text.Json;

namespace ConflictModel.Cli.Formats;

/// <summary>
/// What a conversion could not carry into the target format, one entry a kind of loss (such as
/// "claims: a claim's quoted words have no column in ACLED"), with how often it happened. JSON and
/// JSON Lines hold everything, so their conversions report nothing; ACLED, UCDP GED and STIX add
/// the entries of their Interop loss reports (<see cref="AddAll"/>), GeoJSON counts what it leaves out.
/// </summary>
internal sealed class LossReport
{
    private readonly Dictionary<string, Loss> _losses = new(System.StringComparer.Ordinal);
    private readonly List<Loss> _order = [];

    /// <summary>Gets the losses, in the order first met.</summary>
    public IReadOnlyList<Loss> Losses => _order;

    /// <summary>Records one occurrence of a loss.</summary>
    /// <param name="what">What was lost, as a stable short key such as <c>claims/quote</c>.</param>
    /// <param name="why">Why the target format cannot hold it, in a sentence.</param>
    public void Add(string what, string why) => Add(what, why, 1);

    /// <summary>Records <paramref name="count"/> occurrences of a loss; nothing when it is 0.</summary>
    /// <param name="what">As for <see cref="Add(string, string)"/>.</param>
    /// <param name="why">As for <see cref="Add(string, string)"/>.</param>
    /// <param name="count">How many times it happened.</param>
    public void Add(string what, string why, long count)
    {
        if (count <= 0)
        {
            return;
        }

        if (!_losses.TryGetValue(what, out var loss))
        {
            loss = new Loss(what, why);
            _losses.Add(what, loss);
            _order.Add(loss);
        }

        loss.Count += count;
    }

    /// <summary>Records every entry of a loss report of ConflictModel.Interop (ACLED, UCDP GED, STIX), each as one occurrence of "subject: what was lost".</summary>
    public void AddAll(ConflictModel.Interop.LossReport losses)
    {
        foreach (var entry in losses.Entries)
        {
            Add($"{entry.Subject}: {entry.Lost}", entry.Reason);
        }
    }

    /// <summary>Writes the report as text, one line a loss, for standard error.</summary>
    public void WriteText(TextWriter writer, string from, string to)
    {
        if (_order.Count == 0)
        {
            writer.WriteLine($"convert: {from} -> {to}: nothing lost");
            return;
        }

        writer.WriteLine($"convert: {from} -> {to}: {_order.Count} kind(s) of loss");
        foreach (var loss in _order)
        {
            writer.WriteLine($"  {OneLine(loss.What)} ({loss.Count} times): {OneLine(loss.Why)}");
        }
    }

    /// <summary>A text as one line for a terminal: the control characters a quoted value may hold (a CR, a line break, a tab) written as escapes, as the JSON report writes them.</summary>
    private static string OneLine(string text)
    {
        if (!System.MemoryExtensions.ContainsAnyInRange(System.MemoryExtensions.AsSpan(text), '\0', '\u001f'))
        {
            return text;
        }

        var line = new System.Text.StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            _ = c switch
            {
                '\r' => line.Append("\\r"),
                '\n' => line.Append("\\n"),
                '\t' => line.Append("\\t"),
                < ' ' => line.Append(System.Globalization.CultureInfo.InvariantCulture, $"\\u{(int)c:x4}"),
                _ => line.Append(c),
            };
        }

        return line.ToString();
    }

    /// <summary>Writes the report as JSON, for <c>--loss-report</c>.</summary>
    public void WriteJson(Stream stream, string from, string to)
    {
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteString("from", from);
        json.WriteString("to", to);
        json.WriteStartArray("losses");
        foreach (var loss in _order)
        {
            json.WriteStartObject();
            json.WriteString("what", loss.What);
            json.WriteString("why", loss.Why);
            json.WriteNumber("count", loss.Count);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        stream.Write("\n"u8);
    }

    /// <summary>One kind of loss and how often it happened.</summary>
    internal sealed class Loss(string what, string why)
    {
        public string What { get; } = what;

        public string Why { get; } = why;

        public long Count { get; set; }
    }
}
