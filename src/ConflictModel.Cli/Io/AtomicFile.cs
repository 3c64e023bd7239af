using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace ConflictModel.Cli.Io;

/// <summary>
/// Writes an output file so that it never exists half-written under its name: the bytes go to a
/// temporary file in the same directory (so that the final rename stays on one file system and is
/// atomic), which is renamed over the target only when everything was written, and deleted when
/// writing fails or is cancelled.
/// </summary>
internal static class AtomicFile
{
    /// <summary>Writes the target through <paramref name="write"/>; on any failure or cancellation the target is untouched and the temporary file removed.</summary>
    public static async Task WriteAsync(string target, Func<Stream, CancellationToken, Task> write, CancellationToken cancellationToken)
    {
        var directory = Path.GetDirectoryName(target) ?? ".";
        var temporary = Path.Combine(directory, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
        try
        {
            await using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024, FileOptions.Asynchronous))
            {
                await write(stream, cancellationToken).ConfigureAwait(false);
                await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
            }

            cancellationToken.ThrowIfCancellationRequested();
            File.Move(temporary, target, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary); // gone already once it has been moved
            }
        }
    }
}
