using System.Diagnostics;
using System.Globalization;
using System.IO;

namespace ConflictModel.Cli.Io;

/// <summary>
/// A one-line counter on standard error, redrawn at most a few times a second, shown only when
/// standard error is a terminal: piped or redirected, it writes nothing, so logs hold results only.
/// </summary>
internal sealed class Progress(TextWriter error, bool enabled)
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private long _lastDrawn = -1;
    private bool _shown;

    /// <summary>Reports how far the work on one input has got.</summary>
    public void Report(string what, long count)
    {
        if (!enabled || (_lastDrawn >= 0 && _clock.ElapsedMilliseconds - _lastDrawn < 250))
        {
            return;
        }

        _lastDrawn = _clock.ElapsedMilliseconds;
        error.Write(string.Create(CultureInfo.InvariantCulture, $"\r\u001b[K{what}: {count:N0} documents"));
        error.Flush();
        _shown = true;
    }

    /// <summary>Clears the line, if anything was drawn.</summary>
    public void Clear()
    {
        if (_shown)
        {
            error.Write("\r\u001b[K");
            error.Flush();
            _shown = false;
        }
    }
}
