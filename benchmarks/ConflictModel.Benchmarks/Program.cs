using BenchmarkDotNet.Running;

namespace ConflictModel.Benchmarks;

/// <summary>Runs the benchmarks chosen on the command line (<c>--filter '*'</c> runs them all).</summary>
public static class Program
{
    /// <summary>The entry point.</summary>
    /// <param name="args">BenchmarkDotNet's arguments.</param>
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
