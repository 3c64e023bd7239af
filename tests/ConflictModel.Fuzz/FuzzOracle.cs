using System;
using System.Collections.Generic;
using System.IO;

namespace ConflictModel.Fuzz;

/// <summary>
/// What the fuzzer holds the library to, for any input bytes: reading a report (strict and
/// tolerant) and reading JSON Lines either refuse with a <see cref="ConflictJsonException"/> or
/// accept; an accepted report validates without throwing, and writing it and reading the text back
/// gives an equal report and the same bytes again. Any other exception is a finding, and so is
/// <see cref="FuzzFindingException"/>, thrown here when a report does not survive the round trip.
/// A hang is the fuzzer's own finding (its time-out).
/// </summary>
public static class FuzzOracle
{
    private static readonly ConflictJsonOptions[] Modes =
    [
        ConflictJsonOptions.Default,
        new() { ReadMode = ConflictJsonReadMode.Tolerant },
    ];

    /// <summary>Applies the oracle to one input.</summary>
    /// <param name="input">The bytes, as the fuzzer gives them.</param>
    /// <returns>How many reports were accepted (documents and JSON Lines lines, over both modes).</returns>
    public static int Check(ReadOnlySpan<byte> input)
    {
        var accepted = 0;
        foreach (var options in Modes)
        {
            ConflictReport report;
            try
            {
                report = ConflictJson.Deserialize(input, options);
            }
            catch (ConflictJsonException)
            {
                report = null!;
            }

            if (report is not null)
            {
                RoundTrip(report, options, "document");
                accepted++;
            }

            accepted += CheckLines(input.ToArray(), options);
        }

        return accepted;
    }

    private static int CheckLines(byte[] input, ConflictJsonOptions options)
    {
        var accepted = new List<ConflictReport>();
        try
        {
            using var stream = new MemoryStream(input, writable: false);
            var lines = ConflictJsonLines.ReadAsync(stream, options).GetAsyncEnumerator();
            try
            {
                while (lines.MoveNextAsync().AsTask().GetAwaiter().GetResult())
                {
                    accepted.Add(lines.Current);
                }
            }
            finally
            {
                lines.DisposeAsync().AsTask().GetAwaiter().GetResult();
            }
        }
        catch (ConflictJsonException)
        {
            // A refused line ends the reading; the lines before it were accepted and are checked.
        }

        foreach (var report in accepted)
        {
            RoundTrip(report, options, "JSON Lines line");
        }

        if (accepted.Count > 0)
        {
            // The lines written back read as the same reports, in order.
            using var written = new MemoryStream();
            ConflictJsonLines.WriteAsync(written, accepted).GetAwaiter().GetResult();
            written.Position = 0;
            var again = new List<ConflictReport>();
            var lines = ConflictJsonLines.ReadAsync(written, options).GetAsyncEnumerator();
            while (lines.MoveNextAsync().AsTask().GetAwaiter().GetResult())
            {
                again.Add(lines.Current);
            }

            lines.DisposeAsync().AsTask().GetAwaiter().GetResult();
            if (again.Count != accepted.Count)
            {
                throw new FuzzFindingException($"{accepted.Count} JSON Lines reports were written and {again.Count} read back.");
            }

            for (var i = 0; i < again.Count; i++)
            {
                if (!again[i].Equals(accepted[i]))
                {
                    throw new FuzzFindingException($"JSON Lines report {i} does not read back equal after writing.");
                }
            }
        }

        return accepted.Count;
    }

    private static void RoundTrip(ConflictReport report, ConflictJsonOptions options, string what)
    {
        // Validation never throws on a report that was read; the result itself is not judged.
        _ = report.Validate();
        var bytes = ConflictJson.SerializeToUtf8Bytes(report);
        ConflictReport again;
        try
        {
            again = ConflictJson.Deserialize(bytes, options);
        }
        catch (ConflictJsonException e)
        {
            throw new FuzzFindingException($"An accepted {what} was written as JSON that is refused: {e.Message}", e);
        }

        if (!again.Equals(report))
        {
            throw new FuzzFindingException($"An accepted {what} does not read back equal after writing.");
        }

        if (!bytes.AsSpan().SequenceEqual(ConflictJson.SerializeToUtf8Bytes(again)))
        {
            throw new FuzzFindingException($"An accepted {what} and the report read back from it write different bytes.");
        }
    }
}

/// <summary>A report accepted by the reader that does not survive the round trip: a finding of the fuzzer.</summary>
public sealed class FuzzFindingException : Exception
{
    /// <summary>Creates the finding.</summary>
    public FuzzFindingException()
    {
    }

    /// <summary>Creates the finding with its description.</summary>
    /// <param name="message">What went wrong.</param>
    public FuzzFindingException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the finding with its description and cause.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The exception that revealed it.</param>
    public FuzzFindingException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
