using System;
using System.IO;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using ConflictModel.Cli.Formats;

namespace ConflictModel.Cli.Io;

/// <summary>
/// Tells JSON from JSON Lines by the first bytes of an input whose name does not say (standard
/// input, an unknown extension): when its first line is a whole JSON value and more follows on
/// later lines, it is JSON Lines; otherwise it is JSON (an indented document's first line is only
/// "{"; a one-line document reads the same either way).
/// </summary>
internal static class FormatSniffer
{
    private const int PrefixSize = 64 * 1024;

    /// <summary>Reads a prefix of the stream, decides, and returns a stream that reads the prefix again and then the rest.</summary>
    public static async Task<(ReportFormat Format, Stream Stream)> SniffAsync(Stream input, CancellationToken cancellationToken)
    {
        var prefix = new byte[PrefixSize];
        var length = 0;
        int read;
        while (length < prefix.Length && (read = await input.ReadAsync(prefix.AsMemory(length), cancellationToken).ConfigureAwait(false)) > 0)
        {
            length += read;
        }

        var format = Decide(prefix.AsSpan(0, length)) ? FormatRegistry.JsonLines : FormatRegistry.Json;
        return (format, new PrefixedStream(prefix.AsMemory(0, length), input));
    }

    /// <summary>Whether the bytes look like JSON Lines.</summary>
    internal static bool Decide(ReadOnlySpan<byte> bytes)
    {
        var newline = bytes.IndexOf((byte)'\n');
        if (newline < 0 || bytes[(newline + 1)..].Trim(" \t\r\n"u8).IsEmpty)
        {
            return false;
        }

        var reader = new Utf8JsonReader(bytes[..newline].TrimEnd((byte)'\r'));
        try
        {
            return reader.Read() && reader.TrySkip() && !reader.Read();
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
