using System;
using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace ConflictModel;

/// <summary>
/// Reads and writes a <see cref="ConflictReport"/> as JSON, in the format described in
/// <c>docs/json-format.md</c> and <c>docs/schema/conflict-report.schema.json</c>: camelCase names,
/// enumeration values as names, claims told apart by a <c>kind</c> member, a <c>schemaVersion</c>,
/// nulls and empty collections omitted, and the same bytes for the same report every time.
/// </summary>
/// <remarks>
/// <para>Reading is strict by default (see <see cref="ConflictJsonReadMode"/>) and builds every
/// value through the model's own constructors, so a document that holds a value the model refuses
/// fails to read. Every failure is a <see cref="ConflictJsonException"/> that names the problem and
/// gives its JSON path, line and byte position; nothing is half-built or silently changed.</para>
/// <para>Writing goes member by member straight to System.Text.Json's <see cref="Utf8JsonWriter"/>;
/// nothing is resolved by reflection at run time, so the library is trimming- and native-AOT-safe.
/// This type is stateless; safe to use from any thread.</para>
/// <para>Overloads follow one style, shared with <see cref="ConflictJsonLines"/> and modelled on
/// System.Text.Json's <c>JsonSerializer</c>: one overload for each kind of input or output (text,
/// UTF-8 bytes, a stream), each taking <c>ConflictJsonOptions? options = null</c> after its data;
/// a stream is read and written asynchronously only, with a last
/// <c>CancellationToken cancellationToken = default</c>.</para>
/// </remarks>
public static class ConflictJson
{
    /// <summary>The size of the first buffer a report is written to: the JSON of a small report, such as the Mali fixture.</summary>
    private const int InitialBufferSize = 16 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Writes a report as JSON text.</summary>
    /// <param name="report">The report.</param>
    /// <param name="options">The options, or null for <see cref="ConflictJsonOptions.Default"/> (compact output).</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static string Serialize(ConflictReport report, ConflictJsonOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var buffer = Write(report, options);
        return buffer.ToUtf8String();
    }

    /// <summary>Writes a report as UTF-8 JSON, without a byte order mark.</summary>
    /// <param name="report">The report.</param>
    /// <param name="options">The options, or null for <see cref="ConflictJsonOptions.Default"/> (compact output).</param>
    /// <returns>The UTF-8 bytes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static byte[] SerializeToUtf8Bytes(ConflictReport report, ConflictJsonOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var buffer = Write(report, options);
        return buffer.ToArray();
    }

    /// <summary>Writes a report as UTF-8 JSON to a stream.</summary>
    /// <param name="utf8Json">The stream; it is not closed.</param>
    /// <param name="report">The report.</param>
    /// <param name="options">The options, or null for <see cref="ConflictJsonOptions.Default"/> (compact output).</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the report is written.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Task SerializeAsync(Stream utf8Json, ConflictReport report, ConflictJsonOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(report);
        return ReportWriter.WriteAsync(utf8Json, report, options?.WriteIndented == true, cancellationToken);
    }

    /// <summary>Reads a report from JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="options">The options, or null for <see cref="ConflictJsonOptions.Default"/> (strict).</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="ConflictJsonException">The text is not a valid document.</exception>
    [SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "One overload for each kind of input, as JsonSerializer: the first parameter's type tells them apart, so no call is ambiguous.")]
    public static ConflictReport Deserialize(string json, ConflictJsonOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        options ??= ConflictJsonOptions.Default;

        // Every character takes at least one byte: a text longer than the limit is too large
        // before it is encoded, and encoding it could not even be attempted past about 700
        // million characters.
        if (json.Length > options.MaxDocumentSize)
        {
            throw TooLarge(options);
        }

        if (json.Length > 0 && json[0] == '\uFEFF')
        {
            // Encoded, it would be refused as a byte order mark; say so in terms of the text.
            return Deserialize(Encoding.UTF8.GetBytes("\uFEFF"), options);
        }

        byte[] buffer;
        int length;
        try
        {
            var count = StrictUtf8.GetByteCount(json);
            if (count > options.MaxDocumentSize)
            {
                throw TooLarge(options);
            }

            buffer = ArrayPool<byte>.Shared.Rent(count);
            length = StrictUtf8.GetBytes(json, buffer);
        }
        catch (EncoderFallbackException e)
        {
            throw new ConflictJsonException(
                ConflictJsonErrorKind.Malformed,
                $"The text holds an unpaired surrogate at index {e.Index}; it cannot be read as Unicode.",
                "$",
                string.Empty,
                0,
                0,
                e);
        }

        try
        {
            return Deserialize(buffer.AsSpan(0, length), options);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Reads a report from UTF-8 JSON.</summary>
    /// <param name="utf8Json">The UTF-8 bytes, without a byte order mark.</param>
    /// <param name="options">The options, or null for <see cref="ConflictJsonOptions.Default"/> (strict).</param>
    /// <returns>The report.</returns>
    /// <exception cref="ConflictJsonException">The bytes are not a valid document.</exception>
    [SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "One overload for each kind of input, as JsonSerializer: the first parameter's type tells them apart, so no call is ambiguous.")]
    public static ConflictReport Deserialize(ReadOnlySpan<byte> utf8Json, ConflictJsonOptions? options = null)
    {
        options ??= ConflictJsonOptions.Default;
        if (utf8Json.Length > options.MaxDocumentSize)
        {
            throw TooLarge(options);
        }

        return ModelReader.ReadDocument(utf8Json, new ReadSession(options, firstLine: 0));
    }

    /// <summary>Reads a report from a stream of UTF-8 JSON, to its end.</summary>
    /// <param name="utf8Json">The stream; it is read to its end and not closed.</param>
    /// <param name="options">The options, or null for <see cref="ConflictJsonOptions.Default"/>.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The report.</returns>
    /// <remarks>
    /// The document is buffered whole before it is read, up to <see cref="ConflictJsonOptions.MaxDocumentSize"/>:
    /// a stream longer than that is refused as soon as the limit is passed, without reading further.
    /// For large data use <see cref="ConflictJsonLines"/>.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="ConflictJsonException">The stream does not hold a valid document.</exception>
    public static async Task<ConflictReport> DeserializeAsync(Stream utf8Json, ConflictJsonOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        options ??= ConflictJsonOptions.Default;

        // Read at most one byte more than the limit: that byte says the document is too large,
        // and nothing beyond it is ever buffered.
        var limit = options.MaxDocumentSize + 1L;
        if (utf8Json.CanSeek && utf8Json.Length - utf8Json.Position > options.MaxDocumentSize)
        {
            throw TooLarge(options);
        }

        var buffer = new ArrayBufferWriter<byte>(utf8Json.CanSeek ? (int)Math.Clamp(utf8Json.Length - utf8Json.Position, 256, limit) : 16 * 1024);
        while (buffer.WrittenCount < limit)
        {
            var chunk = (int)Math.Min(16 * 1024, limit - buffer.WrittenCount);
            var read = await utf8Json.ReadAsync(buffer.GetMemory(chunk)[..chunk], cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                break;
            }

            buffer.Advance(read);
        }

        return Deserialize(buffer.WrittenSpan, options);
    }

    private static PooledBufferWriter Write(ConflictReport report, ConflictJsonOptions? options)
    {
        var buffer = new PooledBufferWriter(InitialBufferSize);
        try
        {
            using var writer = new Utf8JsonWriter(buffer, ReportWriter.Options(options?.WriteIndented == true));
            ReportWriter.Write(writer, report);
            writer.Flush();
            return buffer;
        }
        catch
        {
            buffer.Dispose();
            throw;
        }
    }

    private static ConflictJsonException TooLarge(ConflictJsonOptions options)
        => new(
            ConflictJsonErrorKind.DocumentTooLarge,
            string.Create(
                System.Globalization.CultureInfo.InvariantCulture,
                $"The document is larger than the limit of {options.MaxDocumentSize} bytes (ConflictJsonOptions.MaxDocumentSize), so it was not read. Raise MaxDocumentSize if the document is trusted and memory allows, or write large data as JSON Lines (ConflictJsonLines), which reads one line at a time."),
            "$",
            string.Empty,
            0,
            0,
            null);
}
