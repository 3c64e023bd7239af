using System;
using System.Globalization;
using System.IO;

namespace ConflictModel.Benchmarks.Infrastructure;

/// <summary>
/// Facts a benchmark process records for the host process's columns: the size of a benchmark's input,
/// the peak memory of a streaming read. BenchmarkDotNet runs each benchmark in a process of its own,
/// so they travel through small files in a directory of the run's own, which the host names in an
/// environment variable that its benchmark processes inherit; runs side by side do not mix.
/// </summary>
public static class Measurements
{
    /// <summary>The environment variable that names the run's directory.</summary>
    public const string DirectoryVariable = "CONFLICTMODEL_BENCHMARKS_RUN";

    /// <summary>Gets the directory of this run: the facts, and any scratch file a benchmark needs.</summary>
    public static string Directory
        => Environment.GetEnvironmentVariable(DirectoryVariable) is { Length: > 0 } directory
            ? directory
            : Path.Combine(Path.GetTempPath(), "ConflictModel.Benchmarks", "default");

    /// <summary>Starts a run: names a new directory for it, for this process and the benchmark processes it starts.</summary>
    public static void StartRun()
        => Environment.SetEnvironmentVariable(
            DirectoryVariable,
            Path.Combine(Path.GetTempPath(), "ConflictModel.Benchmarks", string.Create(CultureInfo.InvariantCulture, $"run-{Environment.ProcessId}-{Environment.TickCount64}")));

    /// <summary>Makes the key of a fact about a benchmark class and its parameter values.</summary>
    /// <param name="type">The benchmark class.</param>
    /// <param name="parameters">The parameter values, in declaration order; empty for none.</param>
    /// <param name="name">What the fact is, such as "model" for the bytes of the model's JSON.</param>
    /// <returns>The key.</returns>
    public static string Key(Type type, string parameters, string name)
    {
        ArgumentNullException.ThrowIfNull(type);
        return parameters.Length == 0 ? $"{type.Name}.{name}" : $"{type.Name}.{parameters}.{name}";
    }

    /// <summary>
    /// Gets the benchmark class a benchmark object is an instance of: BenchmarkDotNet runs a
    /// generated class derived from it, whose name the host does not know.
    /// </summary>
    /// <param name="benchmark">The benchmark object.</param>
    /// <returns>The first class in its hierarchy that this assembly declares.</returns>
    public static Type BenchmarkType(object benchmark)
    {
        ArgumentNullException.ThrowIfNull(benchmark);
        var type = benchmark.GetType();
        while (type.Assembly != typeof(Measurements).Assembly)
        {
            type = type.BaseType ?? throw new ArgumentException("The object is not a benchmark of this assembly.", nameof(benchmark));
        }

        return type;
    }

    /// <summary>Records a fact, replacing an earlier value.</summary>
    /// <param name="key">The key.</param>
    /// <param name="value">The value.</param>
    public static void Record(string key, long value)
    {
        System.IO.Directory.CreateDirectory(Directory);
        File.WriteAllText(PathOf(key), value.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>Records a fact unless a larger value is already recorded.</summary>
    /// <param name="key">The key.</param>
    /// <param name="value">The value.</param>
    public static void RecordMax(string key, long value)
    {
        if (Read(key) is not { } previous || previous < value)
        {
            Record(key, value);
        }
    }

    /// <summary>Reads a fact.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The value, or null when none was recorded.</returns>
    public static long? Read(string key)
    {
        var path = PathOf(key);
        return File.Exists(path) ? long.Parse(File.ReadAllText(path), CultureInfo.InvariantCulture) : null;
    }

    /// <summary>Deletes the run's directory and everything in it.</summary>
    public static void EndRun()
    {
        if (System.IO.Directory.Exists(Directory))
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
    }

    private static string PathOf(string key) => Path.Combine(Directory, key + ".txt");
}
