using System;
using System.Globalization;
using System.IO;

namespace ConflictModel.Benchmarks.Infrastructure;

/// <summary>
/// The peak working set of this process over a stretch of time, from Linux's <c>/proc/self/status</c>:
/// <see cref="Reset"/> sets the kernel's high-water mark (VmHWM) back to the current resident set by
/// writing 5 to <c>/proc/self/clear_refs</c>, and <see cref="Peak"/> reads the mark.
/// </summary>
/// <remarks>
/// The mark counts every resident page of the process — runtime, JIT, BenchmarkDotNet's engine and the
/// managed heap — so it is an upper bound on what the measured code needs. <c>Process.PeakWorkingSet64</c>
/// reads the same mark on Linux but cannot reset it, so a setup's peak would hide the operation's.
/// </remarks>
public static class PeakMemory
{
    private const string Status = "/proc/self/status";
    private const string ClearRefs = "/proc/self/clear_refs";

    /// <summary>Gets a value indicating whether the peak can be reset and read here (Linux with a writable clear_refs).</summary>
    public static bool IsSupported { get; } = OperatingSystem.IsLinux() && File.Exists(ClearRefs) && File.Exists(Status);

    /// <summary>Resets the high-water mark to the current resident set, after a full garbage collection.</summary>
    public static void Reset()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        if (IsSupported)
        {
            File.WriteAllText(ClearRefs, "5");
        }
    }

    /// <summary>Reads the high-water mark of the resident set since the last reset, in bytes.</summary>
    /// <returns>The peak, or null where it cannot be read.</returns>
    public static long? Peak() => Read("VmHWM:");

    /// <summary>Reads the current resident set, in bytes.</summary>
    /// <returns>The resident set, or null where it cannot be read.</returns>
    public static long? Current() => Read("VmRSS:");

    private static long? Read(string field)
    {
        if (!IsSupported)
        {
            return null;
        }

        foreach (var line in File.ReadLines(Status))
        {
            if (line.StartsWith(field, StringComparison.Ordinal))
            {
                // "VmHWM:	  123456 kB"
                var kilobytes = line[field.Length..].Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];
                return long.Parse(kilobytes, CultureInfo.InvariantCulture) * 1024;
            }
        }

        return null;
    }
}
