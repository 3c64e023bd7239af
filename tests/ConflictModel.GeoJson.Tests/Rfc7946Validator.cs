using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace ConflictModel.GeoJson.Tests;

/// <summary>
/// Runs the independent RFC 7946 checker (validator/validate.js: the npm package geojson-validation,
/// installed by <c>npm ci</c> in build/test.sh) on GeoJSON texts and returns each text's errors.
/// </summary>
/// <remarks>
/// A missing node or an uninstalled validator is a failure, not a skip: a test that cannot reach its
/// oracle has not passed.
/// </remarks>
internal static class Rfc7946Validator
{
    public static IReadOnlyList<string>[] Errors(params string[] geoJsonTexts)
    {
        var directory = ValidatorDirectory();
        Assert.True(
            File.Exists(Path.Combine(directory, "node_modules", "geojson-validation", "index.js")),
            $"The RFC 7946 validator is not installed: run `npm ci` in {directory} (build/test.sh does).");
        var scratch = Directory.CreateTempSubdirectory("geojson-validation-");
        try
        {
            var files = geoJsonTexts.Select((text, i) =>
            {
                var path = Path.Combine(scratch.FullName, $"{i}.geojson");
                File.WriteAllText(path, text);
                return path;
            }).ToArray();
            var start = new ProcessStartInfo("node") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
            start.ArgumentList.Add("validate.js");
            foreach (var file in files)
            {
                start.ArgumentList.Add(file);
            }

            Process process;
            try
            {
                process = Process.Start(start)!;
            }
            catch (System.ComponentModel.Win32Exception e)
            {
                throw new InvalidOperationException("node is not installed; the GeoJSON tests need it to run the RFC 7946 validator.", e);
            }

            using (process)
            {
                var stdout = process.StandardOutput.ReadToEnd();
                var stderr = process.StandardError.ReadToEnd();
                process.WaitForExit();
                Assert.True(process.ExitCode == 0, $"validate.js failed ({process.ExitCode}): {stderr}");
                var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
                Assert.Equal(files.Length, lines.Length);
                return lines.Select(line =>
                {
                    using var result = JsonDocument.Parse(line);
                    return (IReadOnlyList<string>)result.RootElement.GetProperty("errors").EnumerateArray().Select(e => e.GetString()!).ToArray();
                }).ToArray();
            }
        }
        finally
        {
            scratch.Delete(recursive: true);
        }
    }

    // Found from the test binaries up to the repository root, not from the source file's path: a CI
    // build (ContinuousIntegrationBuild) maps source paths to "/_/", where nothing is installed.
    private static string ValidatorDirectory()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ConflictModel.sln")))
            {
                return Path.Combine(directory.FullName, "tests", "ConflictModel.GeoJson.Tests", "validator");
            }
        }

        throw new InvalidOperationException($"No repository root (with ConflictModel.sln) above {AppContext.BaseDirectory}.");
    }
}
