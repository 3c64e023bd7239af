using System;
using System.Globalization;
using System.IO;

namespace ConflictModel.Html.Tests;

public sealed class HtmlTextTests
{
    [Theory]
    [InlineData("<", "&lt;")]
    [InlineData(">", "&gt;")]
    [InlineData("&", "&amp;")]
    [InlineData("\"", "&quot;")]
    [InlineData("'", "&#39;")]
    [InlineData("\0", "&#xFFFD;")]
    [InlineData("plain words", "plain words")]
    [InlineData("a<b>&\"c'd", "a&lt;b&gt;&amp;&quot;c&#39;d")]
    [InlineData("Mali’s 🎉", "Mali’s 🎉")]
    [InlineData("", "")]
    public void Escape_replaces_exactly_the_markup_characters(string text, string expected)
        => Assert.Equal(expected, HtmlText.Escape(text));

    [Fact]
    public void Write_of_a_slice_escapes_only_that_slice()
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        HtmlText.Write(writer, "x<y>z".AsSpan(1, 3));
        Assert.Equal("&lt;y&gt;", writer.ToString());
    }

    [Theory]
    [InlineData(ClaimStatus.Asserted, "asserted")]
    [InlineData(StatementChannel.SocialMedia, "social media")]
    [InlineData(CasualtyOutcome.KilledOrWounded, "killed or wounded")]
    public void Words_turns_a_member_name_into_lower_case_words(object value, string expected)
    {
        var words = value switch
        {
            ClaimStatus s => HtmlText.Words(s),
            StatementChannel c => HtmlText.Words(c),
            CasualtyOutcome o => HtmlText.Words(o),
            _ => throw new System.InvalidOperationException(),
        };
        Assert.Equal(expected, words);
    }
}
