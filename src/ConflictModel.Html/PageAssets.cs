using System;
using System.Security.Cryptography;
using System.Text;

namespace ConflictModel.Html;

/// <summary>
/// The page's own style and script, the same for every report, and the Content-Security-Policy that
/// allows exactly these two by their SHA-256 hashes. The script carries no data: it shows the
/// detail blocks the page already holds, so report text never passes through it.
/// </summary>
internal static class PageAssets
{
    public const string Style = """

:root { color-scheme: light; --ink: #1b1b1b; --muted: #4a4a4a; --line: #767676; --focus: #0b57d0; --link: #0645ad; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif; color: var(--ink); background: #ffffff; }
header, main { max-width: 1280px; margin: 0 auto; padding: 0 1.25rem; }
h1 { font-size: 1.6rem; margin: 1rem 0 0.5rem; }
h2 { font-size: 1.3rem; border-bottom: 2px solid #d0d0d0; padding-bottom: 0.2rem; margin-top: 2rem; }
h3 { font-size: 1.1rem; margin: 1rem 0 0.25rem; }
h4 { font-size: 1rem; margin: 0.75rem 0 0.25rem; }
a { color: var(--link); }
a:focus-visible, [tabindex]:focus-visible, button:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; border-radius: 2px; }
.skip { position: absolute; left: -999px; top: 0; background: #ffffff; padding: 0.5rem; }
.skip:focus { left: 0.5rem; }
nav ul, .legend ul { list-style: none; padding: 0; margin: 0.25rem 0; display: flex; flex-wrap: wrap; gap: 0.25rem 1.25rem; }
.legend { font-size: 0.9rem; color: var(--muted); }
.legend-title { font-size: 0.9rem; border: 0; margin: 0.5rem 0 0; padding: 0; }
.swatch { display: inline-block; width: 1.1em; height: 1.1em; vertical-align: -0.2em; margin-right: 0.35em; border: 1px solid var(--line); }
.hint, .meta { color: var(--muted); font-size: 0.9rem; margin: 0.25rem 0; }
.url { overflow-wrap: anywhere; }
.reading { display: grid; grid-template-columns: minmax(0, 1fr) 24rem; gap: 1.5rem; align-items: start; }
#details { position: sticky; top: 0.5rem; max-height: calc(100vh - 1rem); overflow: auto; border: 1px solid var(--line); border-radius: 6px; padding: 0 1rem 1rem; background: #fbfbfb; }
#details h2 { margin-top: 0.75rem; }
.text { white-space: pre-wrap; overflow-wrap: anywhere; font-size: 1.05rem; line-height: 1.9; }
mark.hl { color: var(--ink); background: transparent; cursor: pointer; border-radius: 2px; }
mark.att { border-bottom: 3px solid var(--line); }
mark.men { text-decoration: underline dotted #333333 2px; text-underline-offset: 0.3em; }
mark.differs { outline: 2px dashed #b00020; }
mark.selected { box-shadow: 0 0 0 2px #1b1b1b; }
.c0 { --bg: #ffe9a8; --edge: #8a6d00; } .c1 { --bg: #cfe8ff; --edge: #1f5f99; }
.c2 { --bg: #d4f2cc; --edge: #2e6b22; } .c3 { --bg: #ffd6d6; --edge: #a12a2a; }
.c4 { --bg: #e7dcff; --edge: #5b3a9e; } .c5 { --bg: #ffe0c2; --edge: #9a4d00; }
.c6 { --bg: #cff3ef; --edge: #1c6b63; } .c7 { --bg: #f7d4ee; --edge: #8e2a74; }
mark.att[class*=" c"] { background: var(--bg); border-bottom-color: var(--edge); }
mark.att mark.att[class*=" c"] { background: var(--bg); }
.swatch[class*=" c"] { background: var(--bg); border-color: var(--edge); }
.mention-swatch { background: #ffffff; border-bottom: 2px dotted #333333; }
.claim { border-left: 5px solid var(--edge, var(--line)); background: #ffffff; padding: 0.4rem 0.75rem; margin: 0.4rem 0; border-top: 1px solid #e3e3e3; border-right: 1px solid #e3e3e3; border-bottom: 1px solid #e3e3e3; }
.claim p { margin: 0.15rem 0; }
ul.claims { list-style: none; padding: 0; margin: 0; }
.value { font-weight: 600; }
.status { text-transform: none; }
.comparisons { margin-top: 0.5rem; }
.comparison { border: 1px solid var(--line); border-radius: 6px; padding: 0.5rem 0.75rem; margin: 0.5rem 0; }
.comparison.disagreement { border-color: #a12a2a; background: #fff6f6; }
.comparison.corroboration { border-color: #2e6b22; background: #f5fbf3; }
.badge { font-weight: 700; font-size: 0.85rem; padding: 0 0.4em; border-radius: 3px; color: #ffffff; background: #a12a2a; }
.corroboration .badge { background: #2e6b22; }
.side-by-side { display: grid; grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr)); gap: 0.75rem; }
.engagement { border-top: 1px solid #d0d0d0; padding-bottom: 0.5rem; }
blockquote { margin: 0.5rem 0; padding-left: 0.75rem; border-left: 3px solid var(--line); }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.1rem 0.75rem; margin: 0.5rem 0; }
dt { font-weight: 600; } dd { margin: 0; }
.resolution { font-size: 1.1rem; font-weight: 600; }
.warning { color: #b00020; }
.chart { width: 100%; height: auto; max-width: 1000px; display: block; }
.chart text { font-size: 12px; fill: #1b1b1b; }
.chart .tick { font-size: 11px; fill: #4a4a4a; }
table.times { border-collapse: collapse; margin-top: 0.75rem; font-size: 0.9rem; }
table.times th, table.times td { border: 1px solid #c4c4c4; padding: 0.2rem 0.5rem; text-align: left; vertical-align: top; }
caption { text-align: left; font-weight: 600; }
@media (max-width: 900px) { .reading { grid-template-columns: 1fr; } #details { position: static; max-height: none; } }
@media print {
  nav, .skip, #details, .hint { display: none !important; }
  .reading { display: block; }
  body { font-size: 11pt; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  mark.hl { box-shadow: none; }
  .claim, .comparison, .chart, tr { break-inside: avoid; }
  a { color: var(--ink); text-decoration: none; }
}

""";

    public const string Script = """

(function () {
  'use strict';
  var body = document.getElementById('details-body');
  var selected = [];
  function clear() {
    for (var i = 0; i < selected.length; i++) {
      selected[i].classList.remove('selected');
      if (selected[i].hasAttribute('aria-pressed')) { selected[i].setAttribute('aria-pressed', 'false'); }
    }
    selected = [];
  }
  function select(mark) {
    clear();
    while (body.firstChild) { body.removeChild(body.firstChild); }
    var seen = {};
    for (var e = mark; e; e = e.parentElement ? e.parentElement.closest('[data-hl]') : null) {
      var key = e.getAttribute('data-hl');
      if (seen[key]) { continue; }
      seen[key] = true;
      var parts = document.querySelectorAll('mark[data-hl="' + key + '"]');
      for (var i = 0; i < parts.length; i++) { parts[i].classList.add('selected'); selected.push(parts[i]); }
      var first = document.getElementById(key);
      if (first) { first.setAttribute('aria-pressed', 'true'); }
      var detail = document.getElementById('d-' + key);
      if (detail) {
        var copy = detail.cloneNode(true);
        copy.removeAttribute('id');
        body.appendChild(copy);
      }
    }
  }
  document.addEventListener('click', function (event) {
    var mark = event.target && event.target.closest ? event.target.closest('[data-hl]') : null;
    if (mark && !mark.closest('#details')) { select(mark); }
  });
  document.addEventListener('keydown', function (event) {
    var t = event.target;
    if ((event.key === 'Enter' || event.key === ' ') && t && t.matches && t.matches('[data-hl]')) {
      event.preventDefault();
      select(t);
    }
  });
  function fromHash() {
    var key = location.hash.slice(1);
    if (!/^a-[0-9]+$/.test(key)) { return; }
    var mark = document.getElementById(key);
    if (mark) { select(mark); mark.focus(); }
  }
  window.addEventListener('hashchange', fromHash);
  fromHash();
})();

""";

    /// <summary>Gets the policy: nothing may load, and only this style and this script may apply.</summary>
    public static string ContentSecurityPolicy { get; } =
        $"default-src 'none'; script-src '{Hash(Script)}'; style-src '{Hash(Style)}'; img-src 'none'; base-uri 'none'; form-action 'none'";

    private static string Hash(string text) => "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
