using System;
using System.Globalization;
using System.IO;
using System.Text;

namespace ConflictModel.Html;

/// <summary>
/// Renders a <see cref="ConflictReport"/> as one self-contained HTML page for a person checking it:
/// each source's text with every quoted span and mention highlighted at its exact position and
/// coloured by claimant, the claims and attributions each highlight supports, claims by engagement
/// with disagreements and corroborations side by side, a timeline and an SVG map.
/// </summary>
/// <remarks>
/// <para>The page makes no network request: its CSS and script are inline, it uses no web font, and
/// a Content-Security-Policy allows only its own script and style (by hash), so nothing the report
/// says can run even if it looked like markup. Every text of the report is escaped.</para>
/// <para>The report need not be valid: a span outside its source's text is listed beside the text
/// rather than highlighted, and an id that names nothing is shown as the id.</para>
/// <para>Thread-safe: the renderer keeps no state.</para>
/// </remarks>
public static class ReportHtml
{
    /// <summary>Writes the page to a text writer, with the default options.</summary>
    /// <param name="report">The report.</param>
    /// <param name="writer">Where to write; it is not closed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> or <paramref name="writer"/> is null.</exception>
    public static void Render(ConflictReport report, TextWriter writer) => Render(report, writer, ReportHtmlOptions.Default);

    /// <summary>Writes the page to a stream as UTF-8 without a byte-order mark, with the default options.</summary>
    /// <param name="report">The report.</param>
    /// <param name="stream">Where to write; it is flushed, not closed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> or <paramref name="stream"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="stream"/> cannot be written.</exception>
    public static void Render(ConflictReport report, Stream stream) => Render(report, stream, ReportHtmlOptions.Default);

    /// <summary>Returns the page as a string, with the default options.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The HTML document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static string ToHtml(ConflictReport report) => ToHtml(report, ReportHtmlOptions.Default);

    /// <summary>Writes the page to a text writer.</summary>
    /// <param name="report">The report.</param>
    /// <param name="writer">Where to write; it is not closed.</param>
    /// <param name="options">How to render.</param>
    /// <exception cref="ArgumentNullException"><paramref name="report"/>, <paramref name="writer"/> or <paramref name="options"/> is null.</exception>
    public static void Render(ConflictReport report, TextWriter writer, ReportHtmlOptions options)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(options);
        new ReportPage(report, writer, options).Write();
    }

    /// <summary>Writes the page to a stream as UTF-8 without a byte-order mark.</summary>
    /// <param name="report">The report.</param>
    /// <param name="stream">Where to write; it is flushed, not closed.</param>
    /// <param name="options">How to render.</param>
    /// <exception cref="ArgumentNullException"><paramref name="report"/>, <paramref name="stream"/> or <paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="stream"/> cannot be written.</exception>
    public static void Render(ConflictReport report, Stream stream, ReportHtmlOptions options)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(options);
        if (!stream.CanWrite)
        {
            throw new ArgumentException("The stream must be writable.", nameof(stream));
        }

        using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 16 * 1024, leaveOpen: true);
        Render(report, writer, options);
        writer.Flush();
    }

    /// <summary>Returns the page as a string.</summary>
    /// <param name="report">The report.</param>
    /// <param name="options">How to render.</param>
    /// <returns>The HTML document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> or <paramref name="options"/> is null.</exception>
    public static string ToHtml(ConflictReport report, ReportHtmlOptions options)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Render(report, writer, options);
        return writer.ToString();
    }
}
