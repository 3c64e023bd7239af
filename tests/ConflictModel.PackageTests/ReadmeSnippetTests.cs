using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using ConflictModel.Fixtures;

namespace ConflictModel.PackageTests;

/// <summary>
/// The README's C# snippets, pasted one after the other into a new console project outside the
/// repository that installs the packed packages by version, compile (warnings as errors) and print
/// what their comments say.
/// </summary>
/// <remarks>
/// What a comment promises: a comment on a line of its own is a line the program prints; a comment
/// after a <c>Console.WriteLine</c> call gives, before its first ": ", the line that call prints.
/// The printed lines must appear in the order of the comments. The Mali fixture's JSON is the
/// <c>report.json</c> the Quick start reads.
/// </remarks>
public sealed partial class ReadmeSnippetTests
{
    [Fact]
    public void ReadmeSnippets_PastedIntoANewConsoleProject_CompileAndPrintWhatTheirCommentsSay()
    {
        var snippets = CSharpBlocks(File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md")));
        Assert.True(snippets.Count == 2, "The README should hold two C# snippets: the Quick start and the claim built by hand.");
        RunAsConsoleProgram(string.Join("\n", snippets));
    }

    [Fact]
    public void ModelDocsWholeReportByHand_AsAConsoleProgram_CompilesAndPrintsWhatItsCommentsSay()
        // The whole program is the one block that starts as a program does; the other blocks of the page are fragments.
        => RunAsConsoleProgram(Assert.Single(
            CSharpBlocks(File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "model.md"))),
            block => block.StartsWith("using ConflictModel;", StringComparison.Ordinal)));

    /// <summary>The repository's root, where the corpus's source files are: the package must carry every one of them.</summary>
    internal static string Root => RepositoryRoot();

    private static void RunAsConsoleProgram(string program)
    {
        var root = RepositoryRoot();
        var expected = ExpectedLines(program);
        Assert.NotEmpty(expected);

        var version = typeof(ConflictReport).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion.Split('+')[0];
        var directory = Path.Combine(Path.GetTempPath(), $"conflictmodel-readme-{Guid.NewGuid():N}");
        Directory.CreateDirectory(directory);
        try
        {
            File.WriteAllText(Path.Combine(directory, "Program.cs"), program);
            File.WriteAllText(Path.Combine(directory, "report.json"), MaliArticle.CanonicalJson);
            File.WriteAllText(Path.Combine(directory, "ReadmeCheck.csproj"), $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <OutputType>Exe</OutputType>
                    <TargetFramework>net10.0</TargetFramework>
                    <ImplicitUsings>enable</ImplicitUsings>
                    <Nullable>enable</Nullable>
                    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                    <RestorePackagesPath>packages</RestorePackagesPath>
                  </PropertyGroup>
                  <ItemGroup>
                    <PackageReference Include="ConflictModel" Version="{version}" />
                  </ItemGroup>
                </Project>
                """);
            File.WriteAllText(Path.Combine(directory, "nuget.config"), $"""
                <?xml version="1.0" encoding="utf-8"?>
                <configuration>
                  <packageSources>
                    <add key="conflictmodel-local" value="{Path.Combine(root, "artifacts", "packages")}" />
                  </packageSources>
                </configuration>
                """);

            var (code, output) = Dotnet(directory, "run", "-c", "Release");

            Assert.True(code == 0, $"dotnet run failed ({code}):\n{output}\n--- Program.cs ---\n{program}");
            var printed = output.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
            var at = 0;
            foreach (var line in expected)
            {
                var found = Array.IndexOf(printed, line, at);
                Assert.True(found >= 0, $"The README promises the line \"{line}\" (in this order); the program printed:\n{output}");
                at = found + 1;
            }
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void ExpectedLines_ReadsCommentsOnTheirOwnLinesWholeAndAfterWriteLineUpToTheColon()
    {
        const string program = """
            var x = 1; // not a promise: no WriteLine
            Console.WriteLine(81); // 81: an explanation
            // Disagreement: a / b
            Console.WriteLine(true); // True
            """;

        Assert.Equal(["81", "Disagreement: a / b", "True"], ExpectedLines(program));
    }

    private static List<string> CSharpBlocks(string markdown)
        => [.. CSharpBlock().Matches(markdown).Select(m => m.Groups["code"].Value)];

    private static List<string> ExpectedLines(string program)
    {
        var expected = new List<string>();
        foreach (var raw in program.Split('\n'))
        {
            var line = raw.Trim();
            if (line.StartsWith("// ", StringComparison.Ordinal))
            {
                expected.Add(line[3..].Trim());
                continue;
            }

            var comment = line.IndexOf(" // ", StringComparison.Ordinal);
            if (comment >= 0 && line.StartsWith("Console.WriteLine(", StringComparison.Ordinal))
            {
                var promise = line[(comment + 4)..];
                var colon = promise.IndexOf(": ", StringComparison.Ordinal);
                expected.Add((colon >= 0 ? promise[..colon] : promise).Trim());
            }
        }

        return expected;
    }

    private static (int Code, string Output) Dotnet(string directory, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            return (-1, output + "\n(timed out after 5 minutes)");
        }

        return (process.ExitCode, output + error.Result);
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ConflictModel.sln")) && File.Exists(Path.Combine(directory.FullName, "README.md")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No repository root (with ConflictModel.sln and README.md) above {AppContext.BaseDirectory}.");
    }

    [GeneratedRegex(@"^```csharp\n(?<code>.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex CSharpBlock();
}
