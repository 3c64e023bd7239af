using System;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using Microsoft.Playwright;

namespace ConflictModel.Html.Tests;

/// <summary>
/// Debian's Chromium, driven by Playwright, shared by the browser tests. There is no fallback: when
/// /usr/bin/chromium is missing every browser test fails with the reason (build/test.sh installs it).
/// </summary>
public sealed class Browser : IAsyncLifetime
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private readonly string _profile = Path.Combine(Path.GetTempPath(), "conflictmodel-html-" + Guid.NewGuid().ToString("N"));
    private IPlaywright? _playwright;

    public IBrowserContext Context { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException($"The browser tests need Debian's Chromium at {ExecutablePath}: apt-get install -y chromium (build/test.sh does).");
        }

        Directory.CreateDirectory(_profile);
        _playwright = await Playwright.CreateAsync();
        // A new, empty profile each run; the flags keep Chromium from calling out at start.
        Context = await _playwright.Chromium.LaunchPersistentContextAsync(_profile, new BrowserTypeLaunchPersistentContextOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
    }

    public async Task DisposeAsync()
    {
        await Context.CloseAsync();
        _playwright?.Dispose();
        try
        {
            Directory.Delete(_profile, recursive: true);
        }
        catch (IOException)
        {
            // Chromium may still hold a lock file for a moment; the folder is in the temp directory.
        }
    }

    /// <summary>Opens a page from a file, as a person opens a saved report, and records what it asks for and says.</summary>
    public async Task<OpenedPage> OpenAsync(string html)
    {
        var file = Path.Combine(_profile, "page-" + Guid.NewGuid().ToString("N") + ".html");
        await File.WriteAllTextAsync(file, html);
        var url = new Uri(file).AbsoluteUri;
        var page = await Context.NewPageAsync();
        var opened = new OpenedPage(page, url);
        page.Request += (_, request) => opened.Requests.Add(request.Url);
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                opened.ConsoleErrors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => opened.ConsoleErrors.Add(error);
        page.Dialog += async (_, dialog) =>
        {
            opened.Dialogs.Add(dialog.Message);
            await dialog.DismissAsync();
        };
        // Anything but the file itself is refused, and recorded above as a request.
        await page.RouteAsync(u => u != url, route => route.AbortAsync());
        await page.GotoAsync(url);
        return opened;
    }
}

public sealed record OpenedPage(IPage Page, string Url)
{
    public List<string> Requests { get; } = [];

    public List<string> ConsoleErrors { get; } = [];

    public List<string> Dialogs { get; } = [];
}

[CollectionDefinition(Name)]
public sealed class BrowserGroup : ICollectionFixture<Browser>
{
    public const string Name = "browser";
}
