using System;
using SharpFuzz;

namespace ConflictModel.Fuzz;

/// <summary>
/// The fuzz target. Under afl-fuzz (build/fuzz.sh), SharpFuzz runs the oracle for each input in
/// this one process; an exception that escapes it is reported to AFL++ as a crash. Run by hand
/// with a file name, it applies the oracle to that file (to reproduce a crash).
/// </summary>
public static class Program
{
    /// <summary>Runs the fuzz loop, or checks the files named.</summary>
    /// <param name="args">Nothing under afl-fuzz; otherwise files to check.</param>
    public static void Main(string[] args)
    {
        if (args.Length > 0)
        {
            foreach (var file in args)
            {
                System.Console.WriteLine($"{file}: {FuzzOracle.Check(System.IO.File.ReadAllBytes(file))} report(s) accepted");
            }

            return;
        }

        Fuzzer.OutOfProcess.Run(stream =>
        {
            using var buffer = new System.IO.MemoryStream();
            stream.CopyTo(buffer);
            FuzzOracle.Check(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
        });
    }
}
